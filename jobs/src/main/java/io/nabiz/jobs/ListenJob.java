package io.nabiz.jobs;

import io.nabiz.engine.rule.RuleSet;
import io.nabiz.jobs.config.JobSettings;
import io.nabiz.jobs.config.RecoveryOptions;
import io.nabiz.jobs.functions.AlertMetrics;
import io.nabiz.jobs.functions.AlertRouter;
import io.nabiz.jobs.functions.MentionWatermarks;
import io.nabiz.jobs.functions.RuleUpdateWatermarks;
import io.nabiz.jobs.serde.DecodedRecord;
import io.nabiz.jobs.serde.MentionDeserializer;
import io.nabiz.jobs.serde.RecordTypes;
import io.nabiz.jobs.serde.SinkSerializers;
import java.io.IOException;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The listen job: mentions from the channel topics in, alerts to the alerts topic and customer
 * alerts to theirs exactly once, dead letters and late mentions to their own topics; rule sets
 * published to the rules topic replace the running ones without a restart.
 */
public final class ListenJob {

    /** The job's name on the cluster. */
    public static final String NAME = "nabiz-listen";

    /** A live job scales by its parallelism: each subtask analyses one mention at a time. */
    private static final int ANALYSIS_THREADS = 1;

    private final JobSettings settings;
    private final RuleSet rules;
    private final boolean bounded;

    /**
     * @param bounded stop at the topics' current end instead of listening forever (the demo and
     *     tests); event time then ends with the input, so every window closes
     */
    public ListenJob(JobSettings settings, RuleSet rules, boolean bounded) {
        this.settings = settings;
        this.rules = rules;
        this.bounded = bounded;
    }

    public JobExecutionResult execute(StreamExecutionEnvironment env) throws Exception {
        build(env);
        return env.execute(NAME);
    }

    /** Starts the job and returns at once: for callers that stop, savepoint or watch it. */
    public JobClient executeAsync(StreamExecutionEnvironment env) throws Exception {
        build(env);
        return env.executeAsync(NAME);
    }

    private void build(StreamExecutionEnvironment env) throws IOException {
        env.setParallelism(settings.parallelism());
        env.enableCheckpointing(
                settings.checkpoints().interval().toMillis(), CheckpointingMode.EXACTLY_ONCE);
        env.configure(RecoveryOptions.of(settings));

        CustomerCare care = CustomerCare.of(settings.customers());
        JobSettings.EventTime eventTime = settings.eventTime();
        DataStream<DecodedRecord> records =
                env.fromSource(
                                source(),
                                MentionWatermarks.forTopics(eventTime, bounded),
                                "mentions")
                        .uid("kafka-mentions");

        JobSettings.Topics topics = settings.kafka().topics();
        DataStream<String> ruleUpdates =
                env.fromSource(
                                ruleUpdateSource(topics.rules()),
                                RuleUpdateWatermarks.strategy(),
                                "rule-updates")
                        .uid("kafka-rule-updates");
        ListenPipeline.Outputs out =
                ListenPipeline.build(
                        records,
                        ruleUpdates,
                        rules,
                        eventTime,
                        settings.deadLetters().payload(),
                        settings.cases(),
                        care,
                        ANALYSIS_THREADS);
        out.alerts()
                .map(new AlertMetrics())
                .returns(RecordTypes.ALERT)
                .name("alert-metrics")
                .uid("alert-metrics")
                .flatMap(new AlertRouter(topics.alerts(), topics.alertRoutes()))
                .returns(RecordTypes.ROUTED_ALERT)
                .name("route-alerts")
                .uid("route-alerts")
                .sinkTo(sink("alerts", SinkSerializers.alerts()))
                .name("kafka-alerts")
                .uid("kafka-alerts");
        out.customerAlerts()
                .sinkTo(sink("customers", SinkSerializers.customerAlerts(topics.customerAlerts())))
                .name("kafka-customer-alerts")
                .uid("kafka-customer-alerts");
        out.deadLetters()
                .sinkTo(sink("dlq", SinkSerializers.deadLetters(topics.deadLetters())))
                .name("kafka-dead-letters")
                .uid("kafka-dead-letters");
        out.late()
                .sinkTo(sink("late", SinkSerializers.late(topics.late())))
                .name("kafka-late")
                .uid("kafka-late");
        // Optional: only the board reads these; without the topic the job is as before.
        if (topics.judgedWindows() != null) {
            out.judged()
                    .sinkTo(sink("judged", SinkSerializers.judgedWindows(topics.judgedWindows())))
                    .name("kafka-judged-windows")
                    .uid("kafka-judged-windows");
        }
    }

    private KafkaSource<DecodedRecord> source() {
        var builder =
                KafkaSource.<DecodedRecord>builder()
                        .setProperties(settings.kafka().clientProperties())
                        .setBootstrapServers(settings.kafka().bootstrapServers())
                        .setTopics(settings.kafka().topics().mentions())
                        .setGroupId(settings.kafka().groupId())
                        .setStartingOffsets(
                                OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
                        .setDeserializer(new MentionDeserializer())
                        // Producers may write mentions transactionally: never read aborted ones.
                        .setProperty(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        if (bounded) {
            builder.setBounded(OffsetsInitializer.latest());
        }
        return builder.build();
    }

    /** Rule sets published to the rules topic, oldest first, so the newest one wins. */
    private KafkaSource<String> ruleUpdateSource(String topic) {
        var builder =
                KafkaSource.<String>builder()
                        .setProperties(settings.kafka().clientProperties())
                        .setBootstrapServers(settings.kafka().bootstrapServers())
                        .setTopics(topic)
                        .setGroupId(settings.kafka().groupId() + "-rules")
                        .setStartingOffsets(OffsetsInitializer.earliest())
                        .setValueOnlyDeserializer(new SimpleStringSchema())
                        .setProperty(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        if (bounded) {
            builder.setBounded(OffsetsInitializer.latest());
        }
        return builder.build();
    }

    private <T> KafkaSink<T> sink(String name, KafkaRecordSerializationSchema<T> records) {
        return KafkaSink.<T>builder()
                // Security settings first: the sink's own settings below must win over them.
                .setKafkaProducerConfig(settings.kafka().clientProperties())
                .setBootstrapServers(settings.kafka().bootstrapServers())
                .setRecordSerializer(records)
                .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
                .setTransactionalIdPrefix(settings.kafka().transactionalIdPrefix() + "-" + name)
                .setProperty(
                        ProducerConfig.TRANSACTION_TIMEOUT_CONFIG,
                        Long.toString(settings.kafka().transactionTimeout().toMillis()))
                .build();
    }
}
