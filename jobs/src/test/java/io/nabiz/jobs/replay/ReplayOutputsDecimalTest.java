package io.nabiz.jobs.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The stats file's figures read exactly as the formatter wrote them: replays stay byte-identical.
 */
class ReplayOutputsDecimalTest {

    @Test
    void writesWhatTheFormatterWrote() {
        double[] edges = {
            0,
            -0.0,
            0.0005,
            0.0015,
            0.0025,
            1.0005,
            2.6745,
            0.1235,
            9.9995,
            999.9995,
            1e-9,
            1e20,
            Double.MIN_VALUE,
            Double.MAX_VALUE,
            -1.2345,
            -0.0004,
            Double.NaN,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY
        };
        for (double v : edges) {
            check(v);
        }
        Random random = new Random(16);
        for (int i = 0; i < 200_000; i++) {
            check(random.nextDouble() * Math.pow(10, random.nextInt(8) - 3));
            // Halves at the fourth decimal, where rounding decides.
            check((random.nextInt(2_000_000) * 2 + 1) / 2000.0 / 10);
            check(random.nextInt(100_000) / 8.0 / 1000);
        }
    }

    private static void check(double v) {
        assertEquals(String.format(Locale.ROOT, "%.3f", v), ReplayOutputs.decimal(v), "for " + v);
    }
}
