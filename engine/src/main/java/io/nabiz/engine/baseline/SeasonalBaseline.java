package io.nabiz.engine.baseline;

import java.time.Instant;

/**
 * "How many is usual at this hour": an EWMA mean and variance per hour-of-day or hour-of-week
 * bucket, blended with the key's overall EWMA until a bucket has seen enough windows of its own.
 *
 * <p>A daily peak that repeats every evening stops looking like a spike after a few days, while a
 * key that is too young for seasonality still has its overall level. Plain arrays keep the state
 * compact (168 buckets × 3 doubles for hour-of-week) and serializable without Kryo.
 */
public final class SeasonalBaseline {

    /** How the calendar is cut into buckets. */
    public enum Season {
        NONE(1),
        HOUR_OF_DAY(24),
        HOUR_OF_WEEK(168),
        /** Hour of day, but judged by only once the key's history shows a daily cycle. */
        AUTO(24);

        final int buckets;

        Season(int buckets) {
            this.buckets = buckets;
        }
    }

    /** Windows a bucket must have seen before its own figures take over from the overall ones. */
    public static final int BUCKET_WARMUP = 3;

    /** Windows a baseline averages unclipped first: until then it does not know its level. */
    public static final int CLIP_AFTER = 24;

    public double mean;
    public double variance;

    /** Windows learnt into the overall level (capped: only the first {@code 1/alpha} matter). */
    public long seen;

    public double[] bucketMean;
    public double[] bucketVariance;
    public int[] bucketSeen;

    /** With {@link Season#AUTO}: whether the buckets judge (the history shows a daily cycle). */
    public boolean auto;

    /** With {@link Season#AUTO}: the share of variance the hour explains ({@link DailyCycle}). */
    public double explained;

    public SeasonalBaseline() {}

    public static SeasonalBaseline create(Season season) {
        SeasonalBaseline b = new SeasonalBaseline();
        b.bucketMean = new double[season.buckets];
        b.bucketVariance = new double[season.buckets];
        b.bucketSeen = new int[season.buckets];
        b.auto = season == Season.AUTO;
        return b;
    }

    /** The usual count and its spread for a window ending at {@code end}. */
    public EwmaBaseline expected(Instant end) {
        int bucket = bucket(end);
        EwmaBaseline overall = new EwmaBaseline(mean, variance);
        if (!hourly() || bucketSeen[bucket] == 0) {
            return overall;
        }
        // Trust the bucket in proportion to how much of it has been seen.
        double w = Math.min(1.0, bucketSeen[bucket] / (double) BUCKET_WARMUP);
        return new EwmaBaseline(
                w * bucketMean[bucket] + (1 - w) * mean,
                w * bucketVariance[bucket] + (1 - w) * variance);
    }

    /**
     * Whether windows are judged against their hour or week bucket: always with a fixed season,
     * with {@link Season#AUTO} once the history shows a daily cycle.
     */
    public boolean hourly() {
        return bucketMean.length > 1 && (!auto || explained >= DailyCycle.SHOWN);
    }

    /** Whether a window ending at {@code end} is judged against its own hour's figures. */
    public boolean byHour(Instant end) {
        return hourly() && bucketSeen[bucket(end)] > 0;
    }

    /**
     * Learns one window's count.
     *
     * @param alpha the overall weight per window
     * @param seasonalAlpha the weight of one window in its bucket (the rule engine shares a day's
     *     or week's weight among the windows of an hour)
     */
    public void observe(Instant end, double x, double alpha, double seasonalAlpha) {
        observe(end, x, alpha, seasonalAlpha, 0);
    }

    /**
     * Learns one window's count, but at most {@code clipZ} spreads above the usual level once the
     * baseline has seen {@link #CLIP_AFTER} windows (0: no limit). A count far above usual still
     * moves the level, as a Huber loss would, but by no more than an ordinary busy window: one
     * spike does not teach the key that spikes are usual, while a new level is learnt step by step.
     */
    public void observe(Instant end, double x, double alpha, double seasonalAlpha, double clipZ) {
        if (clipZ > 0 && seen >= CLIP_AFTER) {
            EwmaBaseline usual = expected(end);
            x = Math.min(x, usual.mean() + clipZ * usual.spread());
        }
        EwmaBaseline overall = new EwmaBaseline(mean, variance).observe(x, weight(alpha));
        mean = overall.mean();
        variance = overall.variance();
        seen = Math.min(seen + 1, 1_000_000);
        observeSeason(end, x, seasonalAlpha);
        if (auto) {
            explained = DailyCycle.explained(bucketMean, bucketSeen, mean, variance);
        }
    }

    /**
     * The weight the next window gets: {@code alpha}, except that the first {@code 1/alpha} windows
     * are averaged evenly. An average started from zero with a small alpha would take days to reach
     * a key's level, and until then every ordinary window would look like a spike.
     */
    public double weight(double alpha) {
        return Math.max(alpha, 1.0 / (seen + 1));
    }

    /** Learns a window's count into its time-of-day or week bucket only. */
    public void observeSeason(Instant end, double x, double seasonalAlpha) {
        if (bucketMean.length == 1) {
            return;
        }
        int bucket = bucket(end);
        if (bucketSeen[bucket] == 0) {
            // A bucket starts from the overall level, so one odd first visit cannot define it.
            bucketMean[bucket] = mean;
            bucketVariance[bucket] = variance;
        }
        // As the overall level: the first visits are averaged evenly, so the first day teaches
        // the hour its level at once and later days refine it at the seasonal weight.
        double w = Math.max(seasonalAlpha, 1.0 / (bucketSeen[bucket] + 2));
        EwmaBaseline b = new EwmaBaseline(bucketMean[bucket], bucketVariance[bucket]).observe(x, w);
        bucketMean[bucket] = b.mean();
        bucketVariance[bucket] = b.variance();
        bucketSeen[bucket] = Math.min(bucketSeen[bucket] + 1, 1_000);
    }

    private int bucket(Instant end) {
        return bucketOf(end, bucketMean.length);
    }

    /**
     * The bucket among {@code buckets} (1, 24 hours, or 168 hours of the week from Monday, UTC) of
     * the window that ends at {@code end}. In plain arithmetic: a time zone's calendar made new
     * zone rules for every call, several times per judged window.
     */
    static int bucketOf(Instant end, int buckets) {
        if (buckets == 1) {
            return 0;
        }
        // The window that ends at 10:00 covers 09:55–10:00: it belongs to hour 9.
        long second = end.minusMillis(1).getEpochSecond();
        int hour = (int) (Math.floorMod(second, SECONDS_PER_DAY) / SECONDS_PER_HOUR);
        if (buckets == HOURS_PER_DAY) {
            return hour;
        }
        // Days since Monday; 1 January 1970, day 0, was a Thursday.
        int day = (int) Math.floorMod(Math.floorDiv(second, SECONDS_PER_DAY) + 3, 7);
        return day * HOURS_PER_DAY + hour;
    }

    private static final long SECONDS_PER_HOUR = 3_600;
    private static final long SECONDS_PER_DAY = 86_400;
    private static final int HOURS_PER_DAY = 24;

    /** A deep copy, for checkpoints. */
    public SeasonalBaseline copy() {
        SeasonalBaseline c = new SeasonalBaseline();
        c.mean = mean;
        c.variance = variance;
        c.seen = seen;
        c.bucketMean = bucketMean.clone();
        c.bucketVariance = bucketVariance.clone();
        c.bucketSeen = bucketSeen.clone();
        c.auto = auto;
        c.explained = explained;
        return c;
    }
}
