package io.nabiz.engine.rule;

import io.nabiz.engine.alert.Severity;
import io.nabiz.engine.baseline.EwmaBaseline;
import io.nabiz.engine.window.WindowStats;
import java.time.Duration;
import java.util.Optional;

/**
 * A key's count rises far above what is usual for it at this time of day or week.
 *
 * @param zScore how many spreads above the usual count
 * @param minRatio and at least this many times the usual count
 * @param minSupport and never on fewer mentions than this
 * @param busiestIn and only when no window of the key had as many mentions in this long before (to
 *     the hour; absent: no such condition), so the lesser waves after a big one, or a level the key
 *     reached yesterday, do not open incidents of their own
 */
public record VolumeSpikeRule(
        String id,
        Severity severity,
        String playbook,
        boolean brandWide,
        long minSupport,
        double zScore,
        double minRatio,
        Duration busiestIn)
        implements Rule {

    /** The count at which this rule fires against {@code usual}. */
    public double threshold(EwmaBaseline usual) {
        return Math.max(
                minSupport,
                Math.max(usual.mean() + zScore * usual.spread(), minRatio * usual.mean()));
    }

    @Override
    public Optional<Finding> evaluate(WindowStats w, KeyView past) {
        double threshold = threshold(past.count());
        if (w.count() < threshold) {
            return Optional.empty();
        }
        if (busiestIn != null && w.count() <= past.recentPeaks().busiest(w.end(), busiestIn)) {
            return Optional.empty();
        }
        return found(
                "%d mentions in %d min, %.1fx the usual %.1f",
                w.count(),
                w.size().toMinutes(),
                w.count() / Math.max(1, past.count().mean()),
                past.count().mean());
    }
}
