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

    @Test
    void aClearTurnFiresWithItsFigures() {
        // The demo's delivery complaint: 12 of 15 negative where 10 % is usual.
        Optional<Finding> f = judge(12, 15, 0.1);
        assertEquals("80% negative (usually 10%) across 15 mentions", f.orElseThrow().headline());
        assertTrue(judge(80, 100, 0.3).isPresent(), "80 % of 100 is no accident at 30 %");
    }

    private Optional<Finding> judge(long negative, long count, double usualShare) {
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
                        Map.of());
        return rule.evaluate(w, past);
    }
}
