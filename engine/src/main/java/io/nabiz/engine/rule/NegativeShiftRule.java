package io.nabiz.engine.rule;

import io.nabiz.engine.alert.Severity;
import io.nabiz.engine.window.WindowStats;
import java.util.Optional;

/**
 * The share of negative mentions jumps: the same volume, but people turned angry.
 *
 * <p>On a few dozen mentions a steady share swings by chance: 14 of 20 negative happens now and
 * then to a key that is usually 30 % negative. So the shift is measured from the share's lower
 * confidence bound (Wilson score interval, <a
 * href="https://doi.org/10.1080/01621459.1927.10502953">Wilson 1927</a>), which sits close to the
 * share on many mentions and far below it on few.
 *
 * @param minShare the negative share must reach this
 * @param minShift and its lower bound must exceed the usual share by this much
 * @param zScore the confidence of that bound, in standard deviations (absent or 0: the share
 *     itself, no allowance for chance)
 */
public record NegativeShiftRule(
        String id,
        Severity severity,
        String playbook,
        boolean brandWide,
        long minSupport,
        double minShare,
        double minShift,
        double zScore)
        implements Rule {

    @Override
    public boolean measuresVolume() {
        return false;
    }

    @Override
    public Optional<Finding> evaluate(WindowStats w, KeyView past) {
        double share = w.negativeShare();
        if (w.count() < minSupport
                || share < minShare
                || lowerBound(w.negativeCount(), w.count(), zScore) - past.negativeShare()
                        < minShift) {
            return Optional.empty();
        }
        return found(
                "%.0f%% negative (usually %.0f%%) across %d mentions",
                share * 100, past.negativeShare() * 100, w.count());
    }

    /** The lower end of the Wilson score interval for {@code k} of {@code n} at {@code z}. */
    static double lowerBound(long k, long n, double z) {
        if (n == 0) {
            return 0;
        }
        double p = (double) k / n;
        double z2 = z * z;
        double centre = p + z2 / (2 * n);
        double margin = z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return (centre - margin) / (1 + z2 / n);
    }
}
