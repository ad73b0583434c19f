package io.nabiz.engine.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MedianLevelTest {

    @Test
    void medianAndMadOfOddAndEvenCounts() {
        assertEquals(new MedianLevel(5, 1), MedianLevel.of(new long[] {4, 6, 5, 9, 5}));
        assertEquals(new MedianLevel(4.5, 2), MedianLevel.of(new long[] {3, 6, 2, 7}));
        assertEquals(new MedianLevel(0, 0), MedianLevel.of(new long[0]));
    }

    @Test
    void spikesAmongTheCountsMoveNeitherLevelNorSpread() {
        MedianLevel calm = MedianLevel.of(new long[] {10, 12, 9, 11, 10, 13, 8});
        // the two busiest become spikes
        MedianLevel spiked = MedianLevel.of(new long[] {10, 500, 9, 11, 10, 900, 8});
        assertEquals(calm.median(), spiked.median());
        assertEquals(calm.mad(), spiked.mad());
    }

    @Test
    void theSpreadIsTheScaledMadButNeverBelowPoissonNoise() {
        assertEquals(1.4826 * 10, new MedianLevel(20, 10).spread(), 1e-9);
        assertEquals(Math.sqrt(20), new MedianLevel(20, 0).spread(), 1e-9);
        assertEquals(1, new MedianLevel(0, 0).spread());
        assertEquals(2, new MedianLevel(4, 0).zScore(8), 1e-9);
    }
}
