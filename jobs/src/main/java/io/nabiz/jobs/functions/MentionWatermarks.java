package io.nabiz.jobs.functions;

import io.nabiz.jobs.config.JobSettings;
import io.nabiz.jobs.serde.DecodedRecord;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;

/**
 * Event time for decoded records: bounded out-of-orderness over mentions only.
 *
 * <p>Dead letters carry the broker's receive time, not an event time; letting them advance the
 * watermark would make every later mention of a replayed or delayed feed late.
 *
 * <p>Live runs emit the watermark periodically (every auto-watermark interval of processing time).
 * A replay emits it <em>punctuated</em>, right after each mention that raises it: with periodic
 * emission, how many records pass between two watermarks depends on how fast the machine reads, so
 * whether an out-of-order mention counts as late would change from run to run. Punctuated, the
 * watermark each record sees is a function of the records before it, and a replay of the same input
 * decides lateness the same way every time.
 */
public final class MentionWatermarks implements WatermarkGenerator<DecodedRecord> {

    /** The sources whose partitions are paused and resumed together. */
    private static final String ALIGNMENT_GROUP = "mentions";

    /**
     * How often a source reports its event time and learns how far it may read ahead. A partition
     * paused at the drift waits for the next update: a job catching up on a backlog crosses ten
     * minutes of event time in a second or two, and with updates once a second its source sat idle
     * for a fifth of the time (docs/performance.md).
     */
    private static final Duration ALIGNMENT_UPDATE_INTERVAL = Duration.ofMillis(200);

    private final long maxOutOfOrdernessMillis;
    private final boolean punctuated;
    private long maxTimestamp;

    MentionWatermarks(Duration maxOutOfOrderness, boolean punctuated) {
        this.maxOutOfOrdernessMillis = maxOutOfOrderness.toMillis();
        this.punctuated = punctuated;
        this.maxTimestamp = Long.MIN_VALUE + maxOutOfOrdernessMillis + 1;
    }

    /**
     * Watermarks for reading the mention topics, emitted periodically.
     *
     * @param bounded whether the read stops at the topics' current end. Only an unbounded read lets
     *     a partition silent for the idle timeout stop holding event time back (in a bounded one
     *     idleness would depend on processing speed, and an empty partition ends at once), and only
     *     an unbounded read pauses a partition that runs the drift ahead of the slowest (Flink's
     *     split-level watermark alignment): in a bounded read a partition that reaches its end is
     *     unassigned, and the Kafka source then fails pausing it ("No current assignment for
     *     partition").
     */
    public static WatermarkStrategy<DecodedRecord> forTopics(
            JobSettings.EventTime eventTime, boolean bounded) {
        // The generator travels to the task managers: capture the duration, not the settings.
        Duration maxOutOfOrderness = eventTime.maxOutOfOrderness();
        WatermarkStrategy<DecodedRecord> strategy =
                withTimestamps(
                        WatermarkStrategy.forGenerator(
                                ctx -> new MentionWatermarks(maxOutOfOrderness, false)));
        if (bounded) {
            return strategy;
        }
        strategy = strategy.withIdleness(eventTime.idleTimeout());
        return eventTime.aligned()
                ? strategy.withWatermarkAlignment(
                        ALIGNMENT_GROUP, eventTime.maxDrift(), ALIGNMENT_UPDATE_INTERVAL)
                : strategy;
    }

    /** Watermarks for replays: punctuated, no idleness, independent of processing speed. */
    public static WatermarkStrategy<DecodedRecord> punctuated(Duration maxOutOfOrderness) {
        return withTimestamps(
                WatermarkStrategy.forGenerator(
                        ctx -> new MentionWatermarks(maxOutOfOrderness, true)));
    }

    private static WatermarkStrategy<DecodedRecord> withTimestamps(
            WatermarkStrategy<DecodedRecord> strategy) {
        return strategy.withTimestampAssigner(
                (r, previous) -> r.isMention() ? r.mention().ts().toEpochMilli() : previous);
    }

    @Override
    public void onEvent(DecodedRecord event, long eventTimestamp, WatermarkOutput output) {
        // A mention stamped after the broker received it (a producer's clock ahead) is counted in
        // its window, but moves its partition's event time no further than the broker's clock: a
        // partition taken hours ahead would be paused until the others got there.
        long upTo = Math.min(eventTimestamp, event.receivedAt());
        if (event.isMention() && upTo > maxTimestamp) {
            maxTimestamp = upTo;
            if (punctuated) {
                output.emitWatermark(current());
            }
        }
    }

    @Override
    public void onPeriodicEmit(WatermarkOutput output) {
        if (!punctuated) {
            output.emitWatermark(current());
        }
    }

    private Watermark current() {
        return new Watermark(maxTimestamp - maxOutOfOrdernessMillis - 1);
    }
}
