package io.nabiz.jobs.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The progress line a terminal shows, and the silence everywhere else. */
class ReplayProgressTest {

    @Test
    void theLineShowsRateEventTimeAndAlerts() {
        Map<String, Object> accumulators =
                Map.of(
                        ProgressProbe.RECORDS_ACCUMULATOR,
                        1_250_000L,
                        ProgressProbe.EVENT_TIME_ACCUMULATOR,
                        Instant.parse("2015-03-04T17:35:00Z").toEpochMilli());
        assertEquals(
                "\rreplay: 1,250,000 records (50,000/s), event time 2015-03-04 17:35Z, 3 alerts   ",
                ReplayProgress.line(accumulators, 3, 50_000.4));
    }

    @Test
    void beforeTheFirstMentionThereIsNoEventTime() {
        Map<String, Object> accumulators =
                Map.of(
                        ProgressProbe.RECORDS_ACCUMULATOR,
                        4L,
                        ProgressProbe.EVENT_TIME_ACCUMULATOR,
                        Long.MIN_VALUE);
        assertEquals(
                "\rreplay: 4 records (2/s), event time —, 0 alerts   ",
                ReplayProgress.line(accumulators, 0, 2.0));
        assertEquals(
                "\rreplay: 0 records (0/s), event time —, 0 alerts   ",
                ReplayProgress.line(Map.of(), 0, 0.0));
    }

    /** Off a terminal the progress display prints nothing at all, not even its final newline. */
    @Test
    void withoutATerminalNothingIsPrinted() throws InterruptedException {
        StringWriter out = new StringWriter();
        try (ReplayProgress progress = new ReplayProgress(new PrintWriter(out), false)) {
            progress.alertSeen();
            Thread.sleep(1_500); // longer than the redraw period
        }
        assertEquals("", out.toString());
    }
}
