package io.nabiz.jobs;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.customer.CustomerAlert;
import io.nabiz.engine.mention.DeadLetter;
import io.nabiz.engine.mention.DeadLetterPayload;
import io.nabiz.engine.mention.Mention;
import io.nabiz.engine.rule.JudgedWindow;
import io.nabiz.engine.rule.RuleSet;
import io.nabiz.engine.window.AspectMention;
import io.nabiz.engine.window.WindowStats;
import io.nabiz.jobs.config.JobSettings;
import io.nabiz.jobs.functions.DeadLetterSplitter;
import io.nabiz.jobs.functions.LateMentionSplitter;
import io.nabiz.jobs.functions.MentionEnricher;
import io.nabiz.jobs.functions.MentionMasker;
import io.nabiz.jobs.functions.ParallelMentionEnricher;
import io.nabiz.jobs.functions.RuleEngineFunction;
import io.nabiz.jobs.functions.SimilarCasesAttacher;
import io.nabiz.jobs.functions.WindowStatsAggregate;
import io.nabiz.jobs.functions.WindowStatsEmitter;
import io.nabiz.jobs.serde.DecodedRecord;
import io.nabiz.jobs.serde.RecordTypes;
import io.nabiz.jobs.serde.WindowAccumulatorSerializer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.flink.streaming.api.datastream.AsyncDataStream;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;

/**
 * The listen pipeline from decoded records to alerts, independent of where records come from and
 * where alerts go: the listen job, the demo, replays and the tests all run this one definition.
 *
 * <pre>
 * records ─ split ─┬─ mentions ─ mask ─ late? ─┬─ identify ─ enrich ─┬─ keyBy(brand, aspect) ─ window ─┬─ keyBy(brand) ─ rules ─┬─ similar cases ─► alerts
 *                  └─► dead letters            └─► late mentions      │     rule updates ─ broadcast ─┼────────┘                └─► judged windows
 *                                                                     │                               └─ detractor-shift ─► alerts
 *                                                                     └─ keyBy(brand, customer) ─ journey ─► customer alerts
 * </pre>
 *
 * <p>The per-customer steps are wired in {@link CustomerCare}; they read the masked mentions, so
 * neither journey state nor customer alerts hold raw personal data.
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
     * @param deadLetterPayload what dead letters keep of their original records
     * @param cases where alerts look up their similar past cases; {@link JobSettings.Cases#NONE}
     *     for no lookups
     * @param care the identity map and the per-customer and survey rules
     * @param analysisThreads how many mentions each subtask analyses at once; above one, a pool of
     *     that many threads analyses them and Flink's ordered async operator hands the results on
     *     in input order (for replays, which run at parallelism one; a live job scales by
     *     parallelism)
     */
    public static Outputs build(
            DataStream<DecodedRecord> records,
            DataStream<String> ruleUpdates,
            RuleSet rules,
            JobSettings.EventTime eventTime,
            DeadLetterPayload deadLetterPayload,
            JobSettings.Cases cases,
            CustomerCare care,
            int analysisThreads) {
        RecordTypes.configure(records.getExecutionEnvironment());
        SingleOutputStreamOperator<Mention> mentions =
                records.process(new DeadLetterSplitter(deadLetterPayload))
                        .name("split-dead-letters")
                        .uid("split-dead-letters");
        // Masked once, here: every output downstream, late mentions included, derives from the
        // masked text, and analysis reads the placeholders as tokens of their kind.
        DataStream<Mention> masked =
                mentions.map(new MentionMasker())
                        .name("mask-personal-data")
                        .uid("mask-personal-data");
        SingleOutputStreamOperator<Mention> onTime =
                masked.process(new LateMentionSplitter(rules.window(), eventTime.allowedLateness()))
                        .name("split-late")
                        .uid("split-late");
        DataStream<AspectMention> enriched =
                enrich(care.identify(onTime), rules, analysisThreads).name("enrich").uid("enrich");

        DataStream<WindowStats> stats =
                enriched.keyBy(AspectMention::key)
                        .window(TumblingEventTimeWindows.of(rules.window()))
                        .allowedLateness(eventTime.allowedLateness())
                        .aggregate(
                                new WindowStatsAggregate(),
                                new WindowStatsEmitter(),
                                // The accumulator is window state: versioned, and it restores
                                // from savepoints that hold it as JSON.
                                WindowAccumulatorSerializer.TYPE,
                                WindowAccumulatorSerializer.TYPE,
                                RecordTypes.WINDOW_STATS)
                        .name("window-stats")
                        .uid("window-stats");
        SingleOutputStreamOperator<Alert> alerts =
                stats.keyBy(w -> w.key().brand())
                        .connect(ruleUpdates.broadcast(RuleEngineFunction.RULES))
                        .process(new RuleEngineFunction(rules, KEY_STATE_TTL), RecordTypes.ALERT)
                        .name("rules")
                        .uid("rules");
        return new Outputs(
                withSimilarCases(alerts, cases).union(care.surveyShifts(stats, KEY_STATE_TTL)),
                alerts.getSideOutput(RuleEngineFunction.JUDGED),
                mentions.getSideOutput(DeadLetterSplitter.DEAD_LETTERS),
                onTime.getSideOutput(LateMentionSplitter.LATE),
                care.journeys(enriched));
    }

    private static SingleOutputStreamOperator<AspectMention> enrich(
            DataStream<Mention> mentions, RuleSet rules, int analysisThreads) {
        if (analysisThreads == 1) {
            return mentions.flatMap(new MentionEnricher(rules.keys()), RecordTypes.ASPECT_MENTION);
        }
        return AsyncDataStream.orderedWait(
                        mentions,
                        new ParallelMentionEnricher(rules.keys(), analysisThreads),
                        NO_TIMEOUT,
                        TimeUnit.MILLISECONDS,
                        ANALYSES_IN_FLIGHT_PER_THREAD * analysisThreads)
                .returns(RecordTypes.ASPECT_MENTION);
    }

    /** Analysis is work on the CPU, not a call that may hang: no timer per mention. */
    private static final long NO_TIMEOUT = 0;

    /** Enough queued mentions that no analysis thread waits for the next. */
    private static final int ANALYSES_IN_FLIGHT_PER_THREAD = 64;

    /**
     * Similar past cases join each alert here, after the rules and before any sink: a stateless
     * map, so turning it on or off leaves every stateful operator's savepoint state as it is.
     */
    private static DataStream<Alert> withSimilarCases(
            DataStream<Alert> alerts, JobSettings.Cases cases) {
        if (!cases.enabled()) {
            return alerts;
        }
        return alerts.map(new SimilarCasesAttacher(cases))
                .returns(RecordTypes.ALERT)
                .name("similar-cases")
                .uid("similar-cases");
    }
}
