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
