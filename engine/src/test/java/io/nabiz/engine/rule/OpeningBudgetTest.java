package io.nabiz.engine.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nabiz.engine.alert.Severity;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OpeningBudgetTest {

    static final long DAY = Duration.ofDays(1).toMillis();

    private static OpeningBudget budget(double perDay) {
        return new OpeningBudget(
                new RuleSet.Incidents(3, 1.5, 1.5, Duration.ofHours(1), 2, 2, perDay));
    }

    private final Finding finding =
            new Finding("volume-spike", Severity.MEDIUM, "investigate-spike", "60 mentions");

    @Test
    void aKeySavesUpTwoOpeningsThenEarnsThemBackAtItsRate() {
        OpeningBudget b = budget(0.5);
        KeyHistory h = new KeyHistory();
        long t = 10 * DAY;
        assertTrue(b.allows(h, t));
        b.spend(h, t);
        assertTrue(b.allows(h, t + 1), "a second opening on a bad day");
        b.spend(h, t + 1);
        assertFalse(b.allows(h, t + DAY), "half an opening earned back");
        assertTrue(b.allows(h, t + 2 * DAY));
        assertEquals(2, b.left(h, t + 100 * DAY), 1e-9, "saving stops at two");
    }

    @Test
    void noBudgetAllowsEveryOpening() {
        OpeningBudget b = budget(0);
        KeyHistory h = new KeyHistory();
        for (int i = 0; i < 10; i++) {
            assertTrue(b.allows(h, i));
            b.spend(h, i);
        }
        assertSame(finding, b.explained(finding, h, 10));
    }

    @Test
    void theHeadlineSaysWhatIsLeftOnceSomeIsSpent() {
        OpeningBudget b = budget(0.5);
        KeyHistory h = new KeyHistory();
        assertSame(finding, b.explained(finding, h, DAY), "a full budget is no news");
        b.spend(h, DAY);
        assertEquals(
                "60 mentions; 1.5 of the key's 2 openings left (it earns 0.50 a day)",
                b.explained(finding, h, 2 * DAY).headline());
    }
}
