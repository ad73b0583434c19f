package io.nabiz.engine.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HourlyPeaksTest {

    static final Instant T0 = Instant.parse("2026-11-02T00:05:00Z");

    private final HourlyPeaks peaks = new HourlyPeaks();

    @Test
    void aKeyNeverSeenHasNoPeak() {
        assertEquals(0, peaks.busiest(T0, Duration.ofDays(3)));
    }

    @Test
    void theBusiestWindowWithinTheLookBackCounts() {
        peaks.observe(T0, 40);
        peaks.observe(T0.plus(Duration.ofMinutes(5)), 12);
        peaks.observe(T0.plus(Duration.ofHours(5)), 25);
        Instant now = T0.plus(Duration.ofHours(10));
        assertEquals(40, peaks.busiest(now, Duration.ofHours(11)));
        assertEquals(25, peaks.busiest(now, Duration.ofHours(6)), "the 40 is 10 hours old");
        assertEquals(0, peaks.busiest(now, Duration.ofHours(4)));
    }

    @Test
    void theRecordBeforeAnHourLeavesThatHourOut() {
        peaks.observe(T0, 40);
        peaks.observe(T0.plus(Duration.ofHours(3)), 90);
        peaks.observe(T0.plus(Duration.ofHours(3).plusMinutes(10)), 70);
        Instant inHourThree = T0.plus(Duration.ofHours(3).plusMinutes(20));
        assertEquals(90, peaks.busiest(inHourThree, Duration.ofHours(6)));
        assertEquals(40, peaks.busiestBeforeHourOf(inHourThree, Duration.ofHours(6)));
        assertEquals(0, peaks.busiestBeforeHourOf(inHourThree, Duration.ofHours(2)), "40 is older");
        assertEquals(0, new HourlyPeaks().busiestBeforeHourOf(inHourThree, Duration.ofDays(5)));
    }

    @Test
    void hoursOlderThanAWeekAreForgottenEvenAfterASilence() {
        peaks.observe(T0, 40);
        peaks.observe(T0.plus(Duration.ofDays(3)), 7);
        assertEquals(40, peaks.busiest(T0.plus(Duration.ofDays(3)), Duration.ofDays(7)));
        Instant later = T0.plus(Duration.ofDays(8));
        assertEquals(7, peaks.busiest(later, Duration.ofDays(7)));
        peaks.observe(T0.plus(Duration.ofDays(30)), 3);
        assertEquals(3, peaks.busiest(T0.plus(Duration.ofDays(30)), Duration.ofDays(7)));
    }

    @Test
    void aWindowEndingOnTheHourBelongsToTheHourBefore() {
        peaks.observe(Instant.parse("2026-11-02T10:00:00Z"), 30);
        assertEquals(0, peaks.busiest(Instant.parse("2026-11-02T11:05:00Z"), Duration.ofHours(1)));
        assertEquals(30, peaks.busiest(Instant.parse("2026-11-02T10:55:00Z"), Duration.ofHours(2)));
    }

    @Test
    void lastHoursAreTheWholeHoursBeforeTheCurrentOne() {
        for (int h = 0; h < 6; h++) {
            peaks.observe(T0.plus(Duration.ofHours(h)), 10 + h);
        }
        // 05:05 is in hour 5, whose 15 is not yet usual
        Instant now = T0.plus(Duration.ofHours(5));
        assertArrayEquals(new long[] {12, 13, 14}, peaks.lastHours(now, 3));
        assertArrayEquals(
                new long[] {10, 11, 12, 13, 14}, peaks.lastHours(now, 5), "a younger key");
        assertArrayEquals(new long[0], new HourlyPeaks().lastHours(now, 3));
    }

    @Test
    void aFadingRecordCountsOlderHoursLessToNothingAtTheLookBack() {
        peaks.observe(T0, 100);
        Duration week = Duration.ofDays(7);
        Duration fourDays = Duration.ofDays(4);
        // In full up to four days, then a third less each day to nothing at seven.
        assertEquals(
                100,
                peaks.busiestFading(T0.plus(Duration.ofDays(4)), week, fourDays, false).value());
        HourlyPeaks.Faded fiveDays =
                peaks.busiestFading(T0.plus(Duration.ofDays(5)), week, fourDays, false);
        assertEquals(100 * 2 / 3.0, fiveDays.value(), 1e-9);
        assertEquals(100, fiveDays.peak());
        assertEquals(120, fiveDays.hoursAgo());
        assertEquals(2 / 3.0, fiveDays.weight(), 1e-9);
        assertEquals(
                0, peaks.busiestFading(T0.plus(Duration.ofDays(7)), week, fourDays, false).value());
    }

    @Test
    void aFadingRecordTakesTheHourThatWeighsMost() {
        peaks.observe(T0, 100);
        peaks.observe(T0.plus(Duration.ofDays(4)), 50);
        Instant now = T0.plus(Duration.ofDays(6));
        // 100 six days ago counts a third (33); 50 two days ago counts in full.
        HourlyPeaks.Faded record =
                peaks.busiestFading(now, Duration.ofDays(7), Duration.ofDays(4), false);
        assertEquals(50, record.value());
        assertEquals(1, record.weight());
        assertEquals(
                48,
                peaks.busiestFading(now, Duration.ofDays(7), Duration.ofDays(4), true).hoursAgo(),
                "a record before the current hour ages its hours from the current one");
    }
}
