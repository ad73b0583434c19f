package io.nabiz.engine.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.nabiz.engine.alert.Severity;
import io.nabiz.engine.baseline.EwmaBaseline;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ConfirmationTest {

    private static Confirmation confirmation(int base, int max) {
        return new Confirmation(
                new RuleSet.Incidents(3, 1.5, 1.5, Duration.ofHours(1), base, max, 0));
    }

    private static double noise(double mean, double variance) {
        return Confirmation.noise(new EwmaBaseline(mean, variance));
    }

    private final Finding finding =
            new Finding("volume-spike", Severity.MEDIUM, "investigate-spike", "60 mentions");

    @Test
    void aKeyAsNoisyAsChanceConfirmsInTheUsualWindows() {
        // Poisson: variance = mean
        assertEquals(2, confirmation(2, 5).windows(noise(100, 100)));
        assertEquals(2, confirmation(2, 5).windows(noise(100, 350)));
    }

    @Test
    void everyDoublingOfTheSpreadAddsAWindowUpToTheMaximum() {
        // spread 20 on a mean of 100: twice a Poisson count's
        assertEquals(3, confirmation(2, 5).windows(noise(100, 400)));
        // four times
        assertEquals(4, confirmation(2, 5).windows(noise(100, 1600)));
        assertEquals(5, confirmation(2, 5).windows(noise(100, 1e6)));
        assertEquals(2, confirmation(2, 2).windows(noise(100, 1e6)), "no adaptation");
    }

    @Test
    void theHeadlineSaysWhyAnOpeningWasHeldLonger() {
        Confirmation c = confirmation(2, 5);
        assertEquals(
                "60 mentions; held 4 windows, the key 4.0x as noisy as chance",
                c.explained(finding, noise(100, 1600)).headline());
        assertSame(finding, c.explained(finding, noise(100, 100)));
    }
}
