package io.nabiz.jobs;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.mention.DeadLetter;
import io.nabiz.engine.mention.Mention;
import io.nabiz.engine.rule.RuleSet;
import io.nabiz.engine.rule.SpikeRule;
import io.nabiz.engine.window.AspectMention;
import io.nabiz.engine.window.WindowStats;
import io.nabiz.engine.window.WindowStatsAccumulator;
import io.nabiz.jobs.config.JobSettings;
import io.nabiz.jobs.functions.DeadLetterSplitter;
import io.nabiz.jobs.functions.LateMentionSplitter;
import io.nabiz.jobs.functions.MentionEnricher;
import io.nabiz.jobs.functions.SpikeAlertFunction;
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
 * where alerts go: the listen job, the demo and the tests all run this one definition.
 *
 * <pre>
 * records ─ split ─┬─ mentions ─ late? ─┬─ enrich ─ keyBy(brand, aspect) ─ window ─ keyBy ─ rule ─► alerts
 *                  └─► dead letters     └─► late mentions
 * </pre>
 */
public final class ListenPipeline {

    /** Keys unseen this long are forgotten: abandoned brands and aspects must not grow state. */
    static final Duration KEY_STATE_TTL = Duration.ofDays(14);

    /**
     * What the pipeline produces; each stream goes to its own sink.
     *
     * <p>{@code stats} carries every window's figures per key and rule window, for backtests and
     * reports.
     */
    public record Outputs(
            DataStream<Alert> alerts,
            DataStream<WindowStats> stats,
            DataStream<DeadLetter> deadLetters,
            DataStream<Mention> late) {}

    private ListenPipeline() {}

    /**
     * @param records decoded records with event-time timestamps and watermarks already assigned
     */
    public static Outputs build(
            DataStream<DecodedRecord> records, RuleSet rules, JobSettings.EventTime eventTime) {
        SingleOutputStreamOperator<Mention> mentions =
                records.process(new DeadLetterSplitter())
                        .name("split-dead-letters")
                        .uid("split-dead-letters");
        Duration smallestWindow =
                rules.spikes().stream()
                        .map(SpikeRule::window)
                        .min(Duration::compareTo)
                        .orElseThrow();
        SingleOutputStreamOperator<Mention> onTime =
                mentions.process(
                                new LateMentionSplitter(
                                        smallestWindow, eventTime.allowedLateness()))
                        .name("split-late")
                        .uid("split-late");
        DataStream<AspectMention> enriched =
                onTime.flatMap(new MentionEnricher()).name("enrich").uid("enrich");

        DataStream<Alert> alerts = null;
        DataStream<WindowStats> stats = null;
        for (SpikeRule rule : rules.spikes()) {
            DataStream<WindowStats> ruleStats = windowStats(enriched, rule, eventTime);
            DataStream<Alert> ruleAlerts = spikeAlerts(ruleStats, rule);
            alerts = alerts == null ? ruleAlerts : alerts.union(ruleAlerts);
            stats = stats == null ? ruleStats : stats.union(ruleStats);
        }
        return new Outputs(
                alerts,
                stats,
                mentions.getSideOutput(DeadLetterSplitter.DEAD_LETTERS),
                onTime.getSideOutput(LateMentionSplitter.LATE));
    }

    private static DataStream<WindowStats> windowStats(
            DataStream<AspectMention> enriched, SpikeRule rule, JobSettings.EventTime eventTime) {
        return enriched.keyBy(AspectMention::key)
                .window(TumblingEventTimeWindows.of(rule.window()))
                .allowedLateness(eventTime.allowedLateness())
                .aggregate(
                        new WindowStatsAggregate(),
                        new WindowStatsEmitter(),
                        // The accumulator is window state: it must restore from a savepoint.
                        JsonStateType.of(WindowStatsAccumulator.class),
                        JsonStateType.of(WindowStatsAccumulator.class),
                        TypeInformation.of(WindowStats.class))
                .name("window-stats-" + rule.id())
                .uid("window-stats-" + rule.id());
    }

    private static DataStream<Alert> spikeAlerts(DataStream<WindowStats> stats, SpikeRule rule) {
        return stats.keyBy(WindowStats::key)
                .process(new SpikeAlertFunction(rule, KEY_STATE_TTL))
                .name("rule-" + rule.id())
                .uid("rule-" + rule.id());
    }
}
