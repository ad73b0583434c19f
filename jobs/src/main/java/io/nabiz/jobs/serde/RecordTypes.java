package io.nabiz.jobs.serde;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.customer.CustomerAlert;
import io.nabiz.engine.rule.JudgedWindow;
import io.nabiz.engine.window.AspectMention;
import io.nabiz.engine.window.WindowStats;
import io.nabiz.jobs.replay.ReplayRecord;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The types of the records that travel between the pipeline's operators, and the rule that none of
 * them falls back to Kryo.
 *
 * <p>The busy records (decoded records, mentions) are Java records of strings, numbers, enums,
 * instants and lists, which Flink serializes as POJOs field by field; aspect mentions, two to four
 * per mention and all of them shuffled to the windows, have a serializer of their own. Window
 * figures, one per key and window, hold sorted maps Flink has no serializer for: they and a
 * replay's outputs (mostly judged windows) have serializers of their own. The rare records (alerts,
 * customer alerts) travel as JSON, as the state that keeps them does. With generic types off, a
 * record type that would need Kryo fails the job when it is built instead of costing a generic
 * fallback on every record.
 */
public final class RecordTypes {

    /** Two to four per mention, each crossing the network: see {@link AspectMentionSerializer}. */
    public static final TypeInformation<AspectMention> ASPECT_MENTION =
            new ExplicitType<>(AspectMention.class, AspectMentionSerializer.INSTANCE);

    /**
     * Nearly one per mention on a long tail of brands: binary, see {@link WindowStatsSerializer}.
     */
    public static final TypeInformation<WindowStats> WINDOW_STATS =
            new ExplicitType<>(WindowStats.class, WindowStatsSerializer.INSTANCE);

    public static final TypeInformation<Alert> ALERT = JsonStateType.of(Alert.class);

    public static final TypeInformation<RoutedAlert> ROUTED_ALERT =
            JsonStateType.of(RoutedAlert.class);

    public static final TypeInformation<CustomerAlert> CUSTOMER_ALERT =
            JsonStateType.of(CustomerAlert.class);

    public static final TypeInformation<JudgedWindow> JUDGED_WINDOW =
            JsonStateType.of(JudgedWindow.class);

    /** Mostly judged windows, as many as window figures: see {@link ReplayRecordSerializer}. */
    public static final TypeInformation<ReplayRecord> REPLAY_RECORD =
            new ExplicitType<>(ReplayRecord.class, ReplayRecordSerializer.INSTANCE);

    private RecordTypes() {}

    /** Turns the generic fallback off and lets chained operators hand records on as they are. */
    public static void configure(StreamExecutionEnvironment env) {
        Configuration conf = new Configuration();
        conf.set(PipelineOptions.GENERIC_TYPES, false);
        // Records on the way are Java records that no function changes after receiving them, so
        // chained operators may hand them on without a defensive deep copy each.
        conf.set(PipelineOptions.OBJECT_REUSE, true);
        env.configure(conf);
    }
}
