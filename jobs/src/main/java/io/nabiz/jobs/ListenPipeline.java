package io.nabiz.jobs;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.customer.CustomerAlert;
import io.nabiz.engine.mention.DeadLetter;
import io.nabiz.engine.mention.Mention;
import io.nabiz.engine.rule.JudgedWindow;
import io.nabiz.engine.rule.RuleSet;
import io.nabiz.engine.window.AspectMention;
import io.nabiz.engine.window.WindowStats;
import io.nabiz.engine.window.WindowStatsAccumulator;
import io.nabiz.jobs.config.JobSettings;
import io.nabiz.jobs.functions.DeadLetterSplitter;
import io.nabiz.jobs.functions.LateMentionSplitter;
import io.nabiz.jobs.functions.MentionEnricher;
import io.nabiz.jobs.functions.RuleEngineFunction;
import io.nabiz.jobs.functions.WindowStatsAggregate;
import io.nabiz.jobs.functions.WindowStatsEmitter;
import io.nabiz.jobs.serde.DecodedRecord;
import io.nabiz.jobs.serde.JsonStateType;
import java.time.Duration;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;

/**
 * The listen pipeline from decoded records to alerts, independent of where records come from and
 * where alerts go: the listen job, the demo, replays and the tests all run this one definition.
 *
 * <pre>
 * records ─ split ─┬─ mentions ─ late? ─┬─ enrich ─ keyBy(brand, aspect) ─ window ─ keyBy(brand) ─ rules ─┬─► alerts
 *                  └─► dead letters     └─► late mentions                 rule updates ─ broadcast ─┘     └─► judged windows
 * </pre>
 */
public final class ListenPipeline {

    /** Keys unseen this long are forgotten: abandoned brands and aspects must not grow state. */
    public static final Duration KEY_STATE_TTL = Duration.ofDays(14);

    /**
     * What the pipeline produces; each stream goes to its own sink.
     *
     * <p>{@code judged} carries every window's figures per key next to the usual level the rules
     * held them against, for backtests and reports.
     */
    public record Outputs(
            DataStream<Alert> alerts,
            DataStream<JudgedWindow> judged,
            DataStream<DeadLetter> deadLetters,
            DataStream<Mention> late,
            DataStream<CustomerAlert> customerAlerts) {}

    private ListenPipeline() {}

    /**
     * @param records decoded records with event-time timestamps and watermarks already assigned
     * @param ruleUpdates rule sets (YAML text) that replace the running ones as they arrive; the
     *     stream must not hold back event time (see {@code RuleUpdateWatermarks})
     */
    public static Outputs build(
            DataStream<DecodedRecord> records,
            DataStream<String> ruleUpdates,
            RuleSet rules,
            JobSettings.EventTime eventTime) {
        return build(records, ruleUpdates, rules, eventTime, CustomerCare.bundled());
    }

    /**
     * @param care the identity map and per-customer rules
     */
    public static Outputs build(
            DataStream<DecodedRecord> records,
            DataStream<String> ruleUpdates,
            RuleSet rules,
            JobSettings.EventTime eventTime,
            CustomerCare care) {
        SingleOutputStreamOperator<Mention> mentions =
                records.process(new DeadLetterSplitter())
                        .name("split-dead-letters")
                        .uid("split-dead-letters");
        SingleOutputStreamOperator<Mention> onTime =
                mentions.process(
                                new LateMentionSplitter(
                                        rules.window(), eventTime.allowedLateness()))
                        .name("split-late")
                        .uid("split-late");
        DataStream<AspectMention> enriched =
                care.identify(onTime).flatMap(new MentionEnricher()).name("enrich").uid("enrich");

        DataStream<WindowStats> stats =
                enriched.keyBy(AspectMention::key)
                        .window(TumblingEventTimeWindows.of(rules.window()))
                        .allowedLateness(eventTime.allowedLateness())
                        .aggregate(
                                new WindowStatsAggregate(),
                                new WindowStatsEmitter(),
                                // The accumulator is window state: it must restore from a
                                // savepoint.
                                JsonStateType.of(WindowStatsAccumulator.class),
                                JsonStateType.of(WindowStatsAccumulator.class),
                                TypeInformation.of(WindowStats.class))
                        .name("window-stats")
                        .uid("window-stats");
        SingleOutputStreamOperator<Alert> alerts =
                stats.keyBy(w -> w.key().brand())
                        .connect(ruleUpdates.broadcast(RuleEngineFunction.RULES))
                        .process(new RuleEngineFunction(rules, KEY_STATE_TTL))
                        .name("rules")
                        .uid("rules");
        return new Outputs(
                alerts.union(care.surveyShifts(stats, KEY_STATE_TTL)),
                alerts.getSideOutput(RuleEngineFunction.JUDGED),
                mentions.getSideOutput(DeadLetterSplitter.DEAD_LETTERS),
                onTime.getSideOutput(LateMentionSplitter.LATE),
                care.journeys(enriched));
    }
}
