package io.nabiz.engine.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SeasonalBaselineTest {

    @Test
    void aWindowBelongsToTheHourItCoversOnTheCalendar() {
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            // Window ends on whole minutes and odd instants, before and after 1970.
            long second = random.nextLong() % 4_000_000_000L;
            Instant end =
                    i % 2 == 0
                            ? Instant.ofEpochSecond(second - Math.floorMod(second, 300))
                            : Instant.ofEpochSecond(second, random.nextInt(1_000_000_000));
            ZonedDateTime covered = end.minusMillis(1).atZone(ZoneOffset.UTC);
            int hour = covered.getHour();
            int hourOfWeek = (covered.getDayOfWeek().getValue() - 1) * 24 + hour;
            assertEquals(0, SeasonalBaseline.bucketOf(end, 1), end.toString());
            assertEquals(hour, SeasonalBaseline.bucketOf(end, 24), end.toString());
            assertEquals(hourOfWeek, SeasonalBaseline.bucketOf(end, 168), end.toString());
        }
    }

    @Test
    void theWindowEndingAtMondayMidnightIsSundaysLastHour() {
        Instant monday = Instant.parse("2026-11-23T00:00:00Z");
        assertEquals(6 * 24 + 23, SeasonalBaseline.bucketOf(monday, 168));
        assertEquals(0, SeasonalBaseline.bucketOf(monday.plusSeconds(300), 168));
    }
}
