package io.nabiz.engine.baseline;

/**
 * Whether a key's history shows a daily cycle: how much of its ups and downs the hour of day
 * explains, as the variance of its hourly means over its overall variance (R²).
 *
 * <p>A key with {@code season: auto} learns its hour-of-day profile all the time, but judges a
 * window against it only once the hour explains at least {@link #SHOWN} of its variance and every
 * hour has been visited {@link #MIN_VISITS} times (two days of 5-minute windows). On pure noise the
 * hourly means differ by chance too, but by about a hundredth of the variance when each day's visit
 * to an hour weighs 0.2, so a steady key keeps judging by its overall level.
 */
public final class DailyCycle {

    /** The share of variance the hour of day must explain before the key judges by the hour. */
    public static final double SHOWN = 0.3;

    /** Windows every hour bucket must have seen. */
    public static final int MIN_VISITS = 24;

    private DailyCycle() {}

    /**
     * The share of the key's variance around {@code mean} that its hourly means explain, between 0
     * and 1; 0 while some hour has been visited fewer than {@link #MIN_VISITS} times.
     */
    public static double explained(
            double[] hourMean, int[] hourSeen, double mean, double variance) {
        double between = 0;
        for (int h = 0; h < hourMean.length; h++) {
            if (hourSeen[h] < MIN_VISITS) {
                return 0;
            }
            between += (hourMean[h] - mean) * (hourMean[h] - mean);
        }
        between /= hourMean.length;
        // the variance never below a Poisson count's, as everywhere a count is judged
        return Math.min(1, between / Math.max(1, Math.max(variance, mean)));
    }
}
