package io.nabiz.jobs.functions;

import io.nabiz.engine.mention.Mention;
import java.time.Duration;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Sends mentions whose window has already closed (past allowed lateness) to a side output, so late
 * data is counted and kept instead of vanishing inside the window operator.
 *
 * <p>This operator's watermark is never behind the downstream window's (which takes the minimum
 * over all inputs), so whatever it lets through, the window still accepts.
 */
public final class LateMentionSplitter extends ProcessFunction<Mention, Mention> {

    public static final OutputTag<Mention> LATE = new OutputTag<>("late-mentions") {};

    public static final String LATE_ACCUMULATOR = "late";

    private final long windowMillis;
    private final long allowedLatenessMillis;
    private final LongCounter lateTotal = new LongCounter();
    private transient Counter late;

    public LateMentionSplitter(Duration window, Duration allowedLateness) {
        this.windowMillis = window.toMillis();
        this.allowedLatenessMillis = allowedLateness.toMillis();
    }

    @Override
    public void open(OpenContext openContext) {
        late = getRuntimeContext().getMetricGroup().counter("late");
        getRuntimeContext().addAccumulator(LATE_ACCUMULATOR, lateTotal);
    }

    @Override
    public void processElement(Mention m, Context ctx, Collector<Mention> out) {
        long ts = m.ts().toEpochMilli();
        long windowEnd = ts - Math.floorMod(ts, windowMillis) + windowMillis;
        if (windowEnd - 1 + allowedLatenessMillis <= ctx.timerService().currentWatermark()) {
            late.inc();
            lateTotal.add(1);
            ctx.output(LATE, m);
        } else {
            out.collect(m);
        }
    }
}
