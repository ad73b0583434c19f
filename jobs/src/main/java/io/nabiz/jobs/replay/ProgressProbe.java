package io.nabiz.jobs.replay;

import io.nabiz.jobs.serde.DecodedRecord;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.accumulators.LongMaximum;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;

/**
 * Passes records through unchanged, counting them and tracking the furthest event time read, as
 * accumulators a client can poll while the replay runs.
 */
public final class ProgressProbe extends RichMapFunction<DecodedRecord, DecodedRecord> {

    public static final String RECORDS_ACCUMULATOR = "replayRecords";
    public static final String EVENT_TIME_ACCUMULATOR = "replayEventTime";

    private final LongCounter records = new LongCounter();
    private final LongMaximum eventTime = new LongMaximum(Long.MIN_VALUE);

    @Override
    public void open(OpenContext openContext) {
        getRuntimeContext().addAccumulator(RECORDS_ACCUMULATOR, records);
        getRuntimeContext().addAccumulator(EVENT_TIME_ACCUMULATOR, eventTime);
    }

    @Override
    public DecodedRecord map(DecodedRecord record) {
        records.add(1);
        if (record.isMention()) {
            eventTime.add(record.mention().ts().toEpochMilli());
        }
        return record;
    }
}
