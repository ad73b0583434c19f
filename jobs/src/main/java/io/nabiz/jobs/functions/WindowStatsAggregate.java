package io.nabiz.jobs.functions;

import io.nabiz.engine.window.AspectMention;
import io.nabiz.engine.window.WindowStatsAccumulator;
import org.apache.flink.api.common.functions.AggregateFunction;

/** Folds a window's mentions into its figures incrementally, so a window keeps O(1) records. */
public final class WindowStatsAggregate
        implements AggregateFunction<
                AspectMention, WindowStatsAccumulator, WindowStatsAccumulator> {

    @Override
    public WindowStatsAccumulator createAccumulator() {
        return new WindowStatsAccumulator();
    }

    @Override
    public WindowStatsAccumulator add(AspectMention value, WindowStatsAccumulator acc) {
        return acc.add(value);
    }

    @Override
    public WindowStatsAccumulator getResult(WindowStatsAccumulator acc) {
        return acc;
    }

    @Override
    public WindowStatsAccumulator merge(WindowStatsAccumulator a, WindowStatsAccumulator b) {
        return a.merge(b);
    }
}
