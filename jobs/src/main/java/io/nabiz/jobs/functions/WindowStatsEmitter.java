package io.nabiz.jobs.functions;

import io.nabiz.engine.window.IncidentKey;
import io.nabiz.engine.window.WindowStats;
import io.nabiz.engine.window.WindowStatsAccumulator;
import java.time.Instant;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;

/** Stamps a window's figures with its key and bounds. */
public final class WindowStatsEmitter
        extends ProcessWindowFunction<
                WindowStatsAccumulator, WindowStats, IncidentKey, TimeWindow> {

    @Override
    public void process(
            IncidentKey key,
            Context context,
            Iterable<WindowStatsAccumulator> accumulators,
            Collector<WindowStats> out) {
        TimeWindow w = context.window();
        WindowStatsAccumulator acc = accumulators.iterator().next();
        out.collect(
                acc.toStats(
                        key, Instant.ofEpochMilli(w.getStart()), Instant.ofEpochMilli(w.getEnd())));
    }
}
