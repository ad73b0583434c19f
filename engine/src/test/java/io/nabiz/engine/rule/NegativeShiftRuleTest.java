package io.nabiz.engine.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nabiz.engine.alert.Severity;
import io.nabiz.engine.baseline.EwmaBaseline;
import io.nabiz.engine.window.IncidentKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A negative shift must be more than a steady share swinging on a few mentions. */
class NegativeShiftRuleTest {

    private final NegativeShiftRule rule =
            new NegativeShiftRule("negative-shift", Severity.MEDIUM, "p", false, 15, 0.7, 0.25, 3);

    @Test
    void theWilsonBoundMatchesItsFormula() {
        // 14 of 20 at z = 3: (0.7 + 0.225 - 3 * sqrt(0.0105 + 0.005625)) / 1.45
        assertEquals(0.3753, NegativeShiftRule.lowerBound(14, 20, 3), 1e-4);
        assertEquals(0.7, NegativeShiftRule.lowerBound(7, 10, 0), 1e-12);
        assertEquals(0, NegativeShiftRule.lowerBound(0, 0, 3));
        assertTrue(NegativeShiftRule.lowerBound(700, 1000, 3) > 0.65, "many mentions: tight");
    }

    @Test
    void seventyPercentOfTwentyIsChanceForAKeyUsuallyThirtyPercentNegative() {
        assertEquals(Optional.empty(), judge(14, 20, 0.3));
        assertEquals(Optional.empty(), judge(19, 27, 0.3));
    }

    /**
     * Pure binomial noise of a steady 30 % share on 15 to 40 mentions, summed exactly over every
     * count of negatives: the chance that one window fires stays under one in five million, about
     * once in fifty years of 5-minute windows of one key. Without the bound (the share itself
     * against the usual share) the same key fires several times a month at 15 mentions.
     */
    @Test
    void aSteadyShareOnFifteenToFortyMentionsAlmostNeverFires() {
        NegativeShiftRule unbounded =
                new NegativeShiftRule(
                        "negative-shift", Severity.MEDIUM, "p", false, 15, 0.7, 0.25, 0);
        double worst = 0;
        double worstUnbounded = 0;
        for (int n = 15; n <= 40; n++) {
            worst = Math.max(worst, chanceToFire(rule, n, 0.3));
            worstUnbounded = Math.max(worstUnbounded, chanceToFire(unbounded, n, 0.3));
        }
        assertTrue(worst < 2e-7, "a window fires by chance with probability " + worst);
        assertTrue(
                worstUnbounded > 5e-4, "the share alone fires with probability " + worstUnbounded);
    }

    /** The exact chance that {@code r} fires on {@code n} mentions each negative with {@code p}. */
    private static double chanceToFire(NegativeShiftRule r, int n, double p) {
        double chance = 0;
        double pmf = Math.pow(1 - p, n);
        for (int k = 0; k <= n; k++) {
            if (k > 0) {
                // C(n, k) p^k (1-p)^(n-k) from its predecessor
                pmf *= (double) (n - k + 1) / k * p / (1 - p);
            }
            if (judge(r, k, n, p).isPresent()) {
                chance += pmf;
            }
        }
        return chance;
    }

    @Test
    void aClearTurnFiresWithItsFigures() {
        // The demo's delivery complaint: 12 of 15 negative where 10 % is usual.
        Optional<Finding> f = judge(12, 15, 0.1);
        assertEquals("80% negative (usually 10%) across 15 mentions", f.orElseThrow().headline());
        assertTrue(judge(80, 100, 0.3).isPresent(), "80 % of 100 is no accident at 30 %");
    }

    private Optional<Finding> judge(long negative, long count, double usualShare) {
        return judge(rule, negative, count, usualShare);
    }

    private static Optional<Finding> judge(
            NegativeShiftRule r, long negative, long count, double usualShare) {
        Windows windows = new Windows(new IncidentKey("acme", "general"));
        var w = windows.next(0, 0, count, negative, Map.of(), null);
        KeyView past =
                new KeyView(
                        new EwmaBaseline(count, count),
                        usualShare,
                        EwmaBaseline.EMPTY,
                        EwmaBaseline.EMPTY,
                        List.of(0L),
                        new TermRates(),
                        Map.of(),
                        Map.of());
        return r.evaluate(w, past);
    }
}
