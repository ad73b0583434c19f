package io.nabiz.jobs.replay.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How the report and the terminal word durations and one rule set's timing against another's. */
class FormatTest {

    @Test
    void durations() {
        assertEquals("25 min", Format.duration(Duration.ofMinutes(25)));
        assertEquals("1 h 05 min", Format.duration(Duration.ofMinutes(65)));
        assertEquals("-5 min", Format.duration(Duration.ofMinutes(-5)));
        assertEquals("—", Format.duration(null));
    }

    @Test
    void relativeOpenings() {
        assertEquals("25 min later", Format.relative(Duration.ofMinutes(-25)));
        assertEquals("1 h 10 min earlier", Format.relative(Duration.ofMinutes(70)));
        assertEquals("same time", Format.relative(Duration.ZERO));
        assertEquals("—", Format.relative(null));
    }
}
