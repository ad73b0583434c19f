package io.nabiz.engine.mention;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Parses ISO-8601 event times with an offset, as {@link OffsetDateTime#parse} does, with a
 * hand-written path for the shape nearly every producer writes ({@code 2026-11-20T09:25:00Z},
 * {@code 2026-11-20T09:25:00.123+03:00}); every other shape, and every invalid value, goes to the
 * JDK parser, so what is accepted and what is rejected stay the same.
 */
final class Timestamps {

    private static final int[] NANO_SCALE = {
        0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1
    };

    private Timestamps() {}

    static Instant parse(String value) {
        Instant fast = fastOrNull(value);
        return fast != null ? fast : OffsetDateTime.parse(value).toInstant();
    }

    /** The instant, or {@code null} when {@code value} is not a valid time with an offset. */
    static Instant parseOrNull(String value) {
        try {
            return parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant fastOrNull(String s) {
        int n = s.length();
        if (n < 20
                || s.charAt(4) != '-'
                || s.charAt(7) != '-'
                || s.charAt(10) != 'T'
                || s.charAt(13) != ':'
                || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && i - start < 9 && isDigit(s.charAt(i))) {
                i++;
            }
            int count = i - start;
            if (count == 0 || (i < n && isDigit(s.charAt(i)))) {
                return null;
            }
            nanos = digits(s, start, count) * NANO_SCALE[count];
        }
        ZoneOffset offset;
        if (i == n - 1 && s.charAt(i) == 'Z') {
            offset = ZoneOffset.UTC;
        } else if (i == n - 6
                && (s.charAt(i) == '+' || s.charAt(i) == '-')
                && s.charAt(i + 3) == ':') {
            int oh = digits(s, i + 1, 2);
            int om = digits(s, i + 4, 2);
            if ((oh | om) < 0) {
                return null;
            }
            int sign = s.charAt(i) == '-' ? -1 : 1;
            try {
                offset = ZoneOffset.ofHoursMinutes(sign * oh, sign * om);
            } catch (DateTimeException e) {
                return null;
            }
        } else {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nanos)
                    .toInstant(offset);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The number written in {@code len} ASCII digits at {@code from}, or -1. */
    private static int digits(String s, int from, int len) {
        int v = 0;
        for (int i = from; i < from + len; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
