package io.nabiz.engine.baseline;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * The busiest count (of a window, or of a span of windows) in each of a key's last seven days of
 * hours: "is this the most the key has been talked about in five days?"
 *
 * <p>A spike rule that also asks for a recent record stops re-alerting on the lesser waves that
 * follow a big one, and on a level the key reached a day ago and nobody acted on. One slot per hour
 * in a ring keeps the state fixed at 168 longs per key and span, whatever the window size.
 */
public final class HourlyPeaks {

    /** The longest look back a rule may ask for. */
    public static final Duration MAX_LOOKBACK = Duration.ofDays(7);

    private static final int SLOTS = (int) MAX_LOOKBACK.toHours();

    public long[] peaks = new long[SLOTS];

    /**
     * The epoch hour of the newest slot written; slots older than {@link #SLOTS} hours are stale.
     */
    public long newestHour = Long.MIN_VALUE;

    /** Remembers a window's count in the hour the window ends in. */
    public void observe(Instant windowEnd, long count) {
        long hour = hourOf(windowEnd);
        if (newestHour == Long.MIN_VALUE || hour - newestHour >= SLOTS) {
            Arrays.fill(peaks, 0);
        } else {
            for (long h = newestHour + 1; h <= hour; h++) {
                peaks[slot(h)] = 0;
            }
        }
        newestHour = Math.max(newestHour, hour);
        peaks[slot(hour)] = Math.max(peaks[slot(hour)], count);
    }

    /** The largest count seen in the {@code lookback} before {@code windowEnd}, to the hour. */
    public long busiest(Instant windowEnd, Duration lookback) {
        if (newestHour == Long.MIN_VALUE) {
            return 0;
        }
        long hour = hourOf(windowEnd);
        long from =
                Math.max(hour - Math.min(lookback.toHours(), SLOTS) + 1, newestHour - SLOTS + 1);
        long max = 0;
        for (long h = from; h <= Math.min(hour, newestHour); h++) {
            max = Math.max(max, peaks[slot(h)]);
        }
        return max;
    }

    /**
     * The largest count seen in the whole hours of the {@code lookback} before the hour {@code
     * windowEnd} falls in: the record as it stood before anything of that hour, so a rise that
     * began in it is held to what came before it, not to its own first windows.
     */
    public long busiestBeforeHourOf(Instant windowEnd, Duration lookback) {
        if (newestHour == Long.MIN_VALUE) {
            return 0;
        }
        long hour = hourOf(windowEnd);
        long from = Math.max(hour - Math.min(lookback.toHours(), SLOTS), newestHour - SLOTS + 1);
        long max = 0;
        for (long h = from; h <= Math.min(hour - 1, newestHour); h++) {
            max = Math.max(max, peaks[slot(h)]);
        }
        return max;
    }

    /**
     * A record whose older hours count less: an hour's busiest counts in full up to the age {@code
     * fullFor}, then less and less, to nothing at {@code lookback}. A spike of last week still
     * holds back the lesser waves of the days after it, but not a real burst six days on.
     *
     * @param beforeHour leave out the hour {@code windowEnd} falls in, as {@link
     *     #busiestBeforeHourOf} does
     */
    public Faded busiestFading(
            Instant windowEnd, Duration lookback, Duration fullFor, boolean beforeHour) {
        if (newestHour == Long.MIN_VALUE) {
            return Faded.NONE;
        }
        long hour = hourOf(windowEnd);
        long back = Math.min(lookback.toHours(), SLOTS);
        long full = fullFor.toHours();
        long last = beforeHour ? hour - 1 : hour;
        long from = Math.max(last - back + 1, newestHour - SLOTS + 1);
        double bestValue = 0;
        long bestHour = Long.MIN_VALUE;
        for (long h = from; h <= Math.min(last, newestHour); h++) {
            long age = hour - h;
            double weight =
                    age <= full ? 1 : Math.max(0, (back - age) / (double) Math.max(1, back - full));
            double value = peaks[slot(h)] * weight;
            if (value > bestValue) {
                bestValue = value;
                bestHour = h;
            }
        }
        return bestHour == Long.MIN_VALUE
                ? Faded.NONE
                : new Faded(bestValue, peaks[slot(bestHour)], hour - bestHour);
    }

    /**
     * A faded record: {@code value} is {@code peak}, the busiest count of the hour {@code hoursAgo}
     * before the current one, weighed for its age.
     */
    public record Faded(double value, long peak, long hoursAgo) {
        static final Faded NONE = new Faded(0, 0, 0);

        /** How much of its peak the record counts. */
        public double weight() {
            return peak == 0 ? 1 : value / peak;
        }
    }

    /**
     * The busiest count of each of the last {@code hours} whole hours before the one {@code
     * windowEnd} falls in, at most a week of them: the hours a robust level is taken over. The
     * current hour is left out, so a rise under way does not count itself as usual.
     */
    public long[] lastHours(Instant windowEnd, int hours) {
        if (newestHour == Long.MIN_VALUE) {
            return new long[0];
        }
        long hour = hourOf(windowEnd);
        long from = Math.max(hour - Math.min(hours, SLOTS - 1), newestHour - SLOTS + 1);
        long to = Math.min(hour - 1, newestHour);
        long[] out = new long[(int) Math.max(0, to - from + 1)];
        for (long h = from; h <= to; h++) {
            out[(int) (h - from)] = peaks[slot(h)];
        }
        return out;
    }

    private static long hourOf(Instant windowEnd) {
        // The window that ends at 10:00 covers 09:55–10:00: it belongs to hour 9.
        return Math.floorDiv(windowEnd.toEpochMilli() - 1, Duration.ofHours(1).toMillis());
    }

    private static int slot(long hour) {
        return (int) Math.floorMod(hour, (long) SLOTS);
    }

    /** A deep copy, for checkpoints. */
    public HourlyPeaks copy() {
        HourlyPeaks c = new HourlyPeaks();
        c.peaks = peaks.clone();
        c.newestHour = newestHour;
        return c;
    }
}
