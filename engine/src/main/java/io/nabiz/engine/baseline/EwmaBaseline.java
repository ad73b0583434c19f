package io.nabiz.engine.baseline;

/**
 * An exponentially weighted moving mean and variance of one key's per-window count: "how many is
 * usual here".
 *
 * <p>Incremental form from T. Finch, <a
 * href="https://fanf2.user.srcf.net/hermes/doc/antiforgery/stats.pdf">Incremental calculation of
 * weighted mean and variance</a> (2009), so it needs O(1) state per key.
 */
public record EwmaBaseline(double mean, double variance) {

    public static final EwmaBaseline EMPTY = new EwmaBaseline(0, 0);

    public EwmaBaseline observe(double x, double alpha) {
        double diff = x - mean;
        double increment = alpha * diff;
        return new EwmaBaseline(mean + increment, (1 - alpha) * (variance + diff * increment));
    }

    /**
     * The spread used to judge a count: the learnt standard deviation, but never below a Poisson
     * count's {@code sqrt(mean)} nor below one, so a key that was perfectly flat does not alert on
     * its first extra mention.
     */
    public double spread() {
        return Math.sqrt(Math.max(1, Math.max(variance, mean)));
    }

    public double zScore(double x) {
        return (x - mean) / spread();
    }
}
