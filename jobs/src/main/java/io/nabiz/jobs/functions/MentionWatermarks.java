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
 */
public final class MentionWatermarks implements WatermarkGenerator<DecodedRecord> {

    private final long maxOutOfOrdernessMillis;
    private long maxTimestamp;

    MentionWatermarks(Duration maxOutOfOrderness) {
        this.maxOutOfOrdernessMillis = maxOutOfOrderness.toMillis();
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
                WatermarkStrategy.<DecodedRecord>forGenerator(
                                ctx -> new MentionWatermarks(maxOutOfOrderness))
                        .withTimestampAssigner(
                                (r, previous) ->
                                        r.isMention() ? r.mention().ts().toEpochMilli() : previous);
        return idleTimeout == null ? strategy : strategy.withIdleness(idleTimeout);
    }

    @Override
    public void onEvent(DecodedRecord event, long eventTimestamp, WatermarkOutput output) {
        if (event.isMention()) {
            maxTimestamp = Math.max(maxTimestamp, eventTimestamp);
        }
    }

    @Override
    public void onPeriodicEmit(WatermarkOutput output) {
        output.emitWatermark(new Watermark(maxTimestamp - maxOutOfOrdernessMillis - 1));
    }
}
