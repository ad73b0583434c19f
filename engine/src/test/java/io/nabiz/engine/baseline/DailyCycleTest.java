package io.nabiz.engine.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@code season: auto}: a key judges by the hour only once its own history shows a daily cycle. */
class DailyCycleTest {

    static final Instant T0 = Instant.parse("2026-11-02T00:05:00Z");
    static final Duration WINDOW = Duration.ofMinutes(5);

    /** Feeds {@code days} of 5-minute windows of {@code rate(hour)} with Poisson-like noise. */
    private static SeasonalBaseline feed(int days, java.util.function.IntToDoubleFunction rate) {
        SeasonalBaseline b = SeasonalBaseline.create(SeasonalBaseline.Season.AUTO);
        Random random = new Random(7);
        for (int i = 0; i < days * 288; i++) {
            double mean = rate.applyAsDouble((i / 12) % 24);
            double x = Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
            // a day's visit to an hour weighs 0.2, shared among its 12 windows
            b.observe(T0.plus(WINDOW.multipliedBy(i)), x, 0.005, 0.2 / 12);
        }
        return b;
    }

    @Test
    void aDailyCycleIsLearntOnceTwoDaysShowIt() {
        // 10 at night, 70 in the evening.
        java.util.function.IntToDoubleFunction cycle =
                h -> 40 + 30 * Math.sin((h - 12) / 24.0 * 2 * Math.PI);
        assertFalse(feed(1, cycle).hourly(), "one day is not yet a cycle");
        SeasonalBaseline b = feed(4, cycle);
        assertTrue(b.hourly(), "explained " + b.explained);
        Instant evening = T0.plus(Duration.ofDays(4)).plus(Duration.ofHours(18));
        Instant night = T0.plus(Duration.ofDays(4)).plus(Duration.ofHours(6));
        assertTrue(b.byHour(evening));
        assertEquals(70, b.expected(evening).mean(), 6);
        assertEquals(10, b.expected(night).mean(), 6);
    }

    @Test
    void pureNoiseKeepsTheOverallLevelAtAnyVolume() {
        for (double rate : new double[] {0.5, 3, 30, 300}) {
            SeasonalBaseline b = feed(14, h -> rate);
            assertFalse(b.hourly(), rate + " per window: explained " + b.explained);
            assertEquals(b.mean, b.expected(T0.plus(Duration.ofHours(7))).mean());
        }
    }

    @Test
    void explainedIsTheShareOfVarianceBetweenHours() {
        double[] means = new double[24];
        int[] seen = new int[24];
        java.util.Arrays.fill(seen, DailyCycle.MIN_VISITS);
        for (int h = 0; h < 24; h++) {
            means[h] = h < 12 ? 10 : 30;
        }
        // between-hour variance 100 of a total 200
        assertEquals(0.5, DailyCycle.explained(means, seen, 20, 200), 1e-9);
        seen[3] = DailyCycle.MIN_VISITS - 1;
        assertEquals(0, DailyCycle.explained(means, seen, 20, 200), "an hour not yet seen enough");
    }
}
