package io.nabiz.engine.rule;

import io.nabiz.engine.alert.Severity;
import io.nabiz.engine.window.Sample;
import io.nabiz.engine.window.WindowStats;
import java.util.Optional;

/**
 * A negative mention from an account that many people follow: one post can start the wave.
 *
 * @param minReach the author's reach (followers plus shares' audiences) that counts as high
 */
public record HighReachAuthorRule(
        String id, Severity severity, String playbook, boolean brandWide, long minReach)
        implements Rule {

    @Override
    public boolean measuresVolume() {
        return false;
    }

    @Override
    public Optional<Finding> evaluate(WindowStats w, KeyView past) {
        Sample loudest = w.loudestNegative();
        if (loudest == null || loudest.reach() < minReach) {
            return Optional.empty();
        }
        return found(
                "a negative %s mention that can reach %,d people",
                loudest.channel().wireName(), loudest.reach());
    }
}
