package io.nabiz.engine.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.AlertState;
import io.nabiz.engine.alert.Severity;
import io.nabiz.engine.window.IncidentKey;
import io.nabiz.engine.window.WindowStats;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SpikeDetectorTest {

    private static final IncidentKey KEY = new IncidentKey("acme", "delivery");
    private static final Duration WINDOW = Duration.ofMinutes(5);
    private static final Instant T0 = Instant.parse("2026-11-20T00:00:00Z");

    private static final SpikeRule RULE =
            new SpikeRule(
                    "volume-spike",
                    WINDOW,
                    0.1,
                    Duration.ofHours(1),
                    8,
                    4.0,
                    3.0,
                    0.0,
                    1.5,
                    3,
                    1.5,
                    Severity.MEDIUM,
                    Duration.ofMinutes(30),
                    "act");

    private final SpikeDetector detector = new SpikeDetector(RULE);
    private final SpikeState state = new SpikeState();
    private int window;

    @Test
    void aFlatStreamFiresNothing() {
        long[] noisy = {2, 3, 1, 4, 2, 3, 5, 2, 1, 3, 2, 4};
        List<Alert> alerts = new ArrayList<>();
        for (int i = 0; i < 96; i++) {
            alerts.addAll(next(noisy[i % noisy.length]));
        }
        assertEquals(List.of(), alerts);
    }

    @Test
    void aBurstOpensOneIncidentThatGrowsAndResolves() {
        List<Alert> alerts = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            alerts.addAll(next(2 + i % 2));
        }
        for (long count : new long[] {9, 14, 20, 45, 70, 30}) {
            alerts.addAll(next(count));
        }
        for (int i = 0; i < 6; i++) {
            alerts.addAll(next(2));
        }

        assertEquals(
                List.of(
                        AlertState.OPEN,
                        AlertState.UPDATED,
                        AlertState.ESCALATED,
                        AlertState.ESCALATED,
                        AlertState.UPDATED,
                        AlertState.RESOLVED),
                alerts.stream().map(Alert::state).toList());
        assertEquals(1, alerts.stream().map(Alert::id).distinct().count(), "one incident id");
        assertEquals(List.of(1, 2, 3, 4, 5, 6), alerts.stream().map(Alert::seq).toList());
        assertEquals(Severity.CRITICAL, alerts.get(3).severity());
        Alert resolved = alerts.get(5);
        assertEquals(70, resolved.evidence().peakCount());
        assertEquals(9, alerts.get(0).figures().count());
        assertTrue(alerts.get(0).figures().expected() < 3, "baseline learnt from quiet windows");
    }

    @Test
    void aNewKeyCannotAlertBeforeWarmUp() {
        List<Alert> alerts = new ArrayList<>();
        alerts.addAll(next(2));
        alerts.addAll(next(50));
        assertEquals(List.of(), alerts);
    }

    @Test
    void silenceResolvesAnOpenIncident() {
        for (int i = 0; i < 24; i++) {
            next(2);
        }
        assertEquals(AlertState.OPEN, next(40).get(0).state());
        window += 5; // five windows without a single mention
        List<Alert> alerts = next(0);
        assertEquals(AlertState.RESOLVED, alerts.get(0).state());
    }

    @Test
    void cooldownKeepsAFlareUpInsideTheSameIncidentStory() {
        for (int i = 0; i < 24; i++) {
            next(2);
        }
        String first = next(40).get(0).id();
        for (int i = 0; i < 3; i++) {
            next(2);
        }
        assertEquals(List.of(), next(40), "within the 30-minute cooldown");
        for (int i = 0; i < 8; i++) {
            next(2);
        }
        List<Alert> again = next(40);
        assertEquals(AlertState.OPEN, again.get(0).state());
        assertNotEquals(first, again.get(0).id());
    }

    @Test
    void aWindowSeenTwiceIsIgnored() {
        next(2);
        window--;
        assertEquals(List.of(), next(100));
    }

    private List<Alert> next(long count) {
        Instant start = T0.plus(WINDOW.multipliedBy(window++));
        WindowStats stats =
                new WindowStats(
                        KEY,
                        start,
                        start.plus(WINDOW),
                        count,
                        count / 2,
                        count * 10,
                        count,
                        new TreeMap<>(
                                count == 0 ? java.util.Map.of() : java.util.Map.of("chat", count)),
                        new TreeMap<>(),
                        new ArrayList<>());
        return detector.onWindow(state, stats).stream().toList();
    }
}
