package io.nabiz.engine.rule;

import java.io.Serializable;
import java.time.Duration;

/**
 * A second, longer time scale that must agree before a volume rule fires: a burst in the last
 * quarter of an hour counts only while the last hour, too, is this many spreads above its usual
 * count. A lone spike of a few minutes lifts the short span far above usual but the hour only a
 * little; a real rise lifts both.
 *
 * @param over the longer span, a whole number of windows
 * @param zScore how many spreads above its usual count that span must be
 */
public record ScaleAgreement(Duration over, double zScore) implements Serializable {

    /** The longer span's z-score in {@code past}: at least {@link #zScore} when it agrees. */
    double evidence(KeyView past) {
        KeyView.Span s = past.span(over);
        return s.usual().zScore(s.count());
    }
}
