package io.nabiz.engine.rule;

import io.nabiz.engine.baseline.HourlyPeaks;
import io.nabiz.engine.baseline.SeasonalBaseline;

/**
 * What a key remembers about its count summed over one span of windows (the last 15 minutes, the
 * last hour): how large that sum usually is, and its busiest value in each of the last days' hours.
 *
 * <p>Each span learns its own usual level: neighbouring windows are correlated, so an hour's sum
 * does not vary like twelve independent five-minute counts, and scaling the window baseline would
 * misjudge it.
 */
public final class SpanHistory {
    public SeasonalBaseline count;
    public HourlyPeaks peaks = new HourlyPeaks();

    public SpanHistory() {}

    static SpanHistory create(SeasonalBaseline.Season season) {
        SpanHistory s = new SpanHistory();
        s.count = SeasonalBaseline.create(season);
        return s;
    }

    /** A deep copy, for checkpoints (see {@link KeyHistory#copy}). */
    SpanHistory copy() {
        SpanHistory c = new SpanHistory();
        c.count = count == null ? null : count.copy();
        c.peaks = peaks.copy();
        return c;
    }
}
