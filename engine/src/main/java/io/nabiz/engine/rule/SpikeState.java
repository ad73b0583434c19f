package io.nabiz.engine.rule;

import io.nabiz.engine.baseline.EwmaBaseline;

/**
 * What {@link SpikeDetector} remembers about one key between windows.
 *
 * <p>A plain class with public fields and a no-argument constructor so a stream processor can keep
 * it as keyed state. Times are epoch milliseconds; {@code incidentId == null} means no incident is
 * open.
 */
public final class SpikeState {
    public double baselineMean;
    public double baselineVariance;
    public long firstWindowEnd = Long.MIN_VALUE;
    public long lastWindowEnd = Long.MIN_VALUE;
    public long cooldownUntil = Long.MIN_VALUE;

    public String incidentId;
    public long openedAt;
    public int seq;
    public String severity;
    public long lastReportedCount;
    public long peakCount;
    public long peakAt;
    public int quietWindows;

    EwmaBaseline baseline() {
        return new EwmaBaseline(baselineMean, baselineVariance);
    }

    void baseline(EwmaBaseline b) {
        baselineMean = b.mean();
        baselineVariance = b.variance();
    }

    boolean incidentOpen() {
        return incidentId != null;
    }
}
