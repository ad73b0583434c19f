package io.nabiz.engine.baseline;

import java.util.Arrays;

/**
 * A robust usual level: the median of a set of counts and their median absolute deviation (MAD).
 * Unlike a mean and a variance, neither moves when a few of the counts are spikes: half of them
 * would have to be.
 *
 * <p>The MAD is scaled by 1.4826 to estimate a standard deviation, the usual consistency constant
 * for normal data (<a href="https://doi.org/10.1016/j.jesp.2013.03.013">Leys et al. 2013</a>).
 *
 * @param median the middle count
 * @param mad the median distance of the counts from {@code median}
 */
public record MedianLevel(double median, double mad) {

    /** Scales a MAD to the standard deviation of normal data. */
    public static final double NORMAL_MAD = 1.4826;

    /** The median and MAD of {@code counts}; of no counts, zero and zero. */
    public static MedianLevel of(long[] counts) {
        if (counts.length == 0) {
            return new MedianLevel(0, 0);
        }
        double[] xs = Arrays.stream(counts).asDoubleStream().toArray();
        double median = median(xs);
        for (int i = 0; i < xs.length; i++) {
            xs[i] = Math.abs(xs[i] - median);
        }
        return new MedianLevel(median, median(xs));
    }

    /**
     * The spread a count is judged by: the scaled MAD, but never below a Poisson count's {@code
     * sqrt(median)} nor below one, as {@link EwmaBaseline#spread}: counts that were all alike have
     * a MAD of zero, and their next extra mention is no outlier.
     */
    public double spread() {
        return Math.max(1, Math.max(NORMAL_MAD * mad, Math.sqrt(median)));
    }

    public double zScore(double x) {
        return (x - median) / spread();
    }

    private static double median(double[] xs) {
        Arrays.sort(xs);
        int n = xs.length;
        return n % 2 == 1 ? xs[n / 2] : (xs[n / 2 - 1] + xs[n / 2]) / 2;
    }
}
