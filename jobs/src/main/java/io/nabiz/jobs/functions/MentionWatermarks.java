package io.nabiz.jobs.functions;

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

    private final long maxOutOfOrdernessMillis;
    private final boolean punctuated;
    private long maxTimestamp;

    MentionWatermarks(Duration maxOutOfOrderness, boolean punctuated) {
        this.maxOutOfOrdernessMillis = maxOutOfOrderness.toMillis();
        this.punctuated = punctuated;
        this.maxTimestamp = Long.MIN_VALUE + maxOutOfOrdernessMillis + 1;
    }

    /**
     * @param idleTimeout a partition silent this long stops holding event time back; {@code null}
     *     for bounded replays, where idleness would depend on processing speed and break
     *     determinism
     */
    public static WatermarkStrategy<DecodedRecord> strategy(
            Duration maxOutOfOrderness, Duration idleTimeout) {
        WatermarkStrategy<DecodedRecord> strategy =
                withTimestamps(
                        WatermarkStrategy.forGenerator(
                                ctx -> new MentionWatermarks(maxOutOfOrderness, false)));
        return idleTimeout == null ? strategy : strategy.withIdleness(idleTimeout);
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
        if (event.isMention() && eventTimestamp > maxTimestamp) {
            maxTimestamp = eventTimestamp;
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
