package io.nabiz.engine.rule;

import io.nabiz.engine.alert.Severity;
import io.nabiz.engine.window.WindowStats;
import java.util.Optional;

/**
 * The share of negative mentions jumps: the same volume, but people turned angry.
 *
 * @param minShare the negative share must reach this
 * @param minShift and exceed the usual share by this much
 */
public record NegativeShiftRule(
        String id,
        Severity severity,
        String playbook,
        boolean brandWide,
        long minSupport,
        double minShare,
        double minShift)
        implements Rule {

    @Override
    public boolean measuresVolume() {
        return false;
    }

    @Override
    public Optional<Finding> evaluate(WindowStats w, KeyView past) {
        double share = w.negativeShare();
        if (w.count() < minSupport || share < minShare || share - past.negativeShare() < minShift) {
            return Optional.empty();
        }
        return found(
                "%.0f%% negative (usually %.0f%%) across %d mentions",
                share * 100, past.negativeShare() * 100, w.count());
    }
}
