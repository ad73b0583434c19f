package io.nabiz.jobs.replay.report;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How the report and the terminal write times and durations: UTC, to the minute. */
public final class Format {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'").withZone(ZoneOffset.UTC);

    private static final DateTimeFormatter SHORT_TIME =
            DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private Format() {}

    /** Month, day and time without the year, for tables whose page says times are UTC. */
    public static String shortTime(Instant t) {
        return t == null ? "—" : SHORT_TIME.format(t);
    }

    public static String time(Instant t) {
        return t == null ? "—" : TIME.format(t);
    }

    /**
     * When B opened relative to A, from how much earlier B was: {@code 25 min earlier}, {@code 5
     * min later}, {@code same time}; a dash when only one of them opened.
     */
    public static String relative(Duration bEarlierBy) {
        if (bEarlierBy == null) {
            return "—";
        }
        if (bEarlierBy.toMinutes() == 0) {
            return "same time";
        }
        return duration(bEarlierBy.abs()) + (bEarlierBy.isNegative() ? " later" : " earlier");
    }

    /** Whole minutes, hours when long: {@code 25 min}, {@code 1 h 05 min}, {@code -5 min}. */
    public static String duration(Duration d) {
        if (d == null) {
            return "—";
        }
        long minutes = d.toMinutes();
        String sign = minutes < 0 ? "-" : "";
        long m = Math.abs(minutes);
        return m < 60
                ? sign + m + " min"
                : String.format(java.util.Locale.ROOT, "%s%d h %02d min", sign, m / 60, m % 60);
    }
}
