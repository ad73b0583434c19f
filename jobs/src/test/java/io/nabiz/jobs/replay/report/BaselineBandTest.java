package io.nabiz.jobs.replay.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.AlertState;
import io.nabiz.engine.rule.RuleSet;
import io.nabiz.engine.rule.SpikeDetector;
import io.nabiz.engine.rule.SpikeRule;
import io.nabiz.engine.rule.SpikeState;
import io.nabiz.engine.window.IncidentKey;
import io.nabiz.engine.window.WindowStats;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The report's baseline band is the baseline the rule judged each window against. */
class BaselineBandTest {

    private static final SpikeRule RULE = RuleSet.loadDefault().spikes().get(0);
    private static final IncidentKey KEY = new IncidentKey("acme", "delivery");
    private static final Instant T0 = Instant.parse("2026-11-20T06:00:00Z");

    /**
     * Three hours of two to four mentions a window with silent windows, a burst, a quiet tail with
     * more silence while the incident is open, and a second, smaller burst after the cooldown.
     */
    private static long countAt(int w) {
        if (w >= 30 && w < 36) {
            return 30 + 5L * (w - 30);
        }
        if (w >= 50 && w < 53) {
            return 25;
        }
        if (w % 7 == 3 || w == 37 || w == 38) {
            return 0; // silent: no figures at all for the window
        }
        return 2 + w % 3;
    }

    @Test
    void bandMatchesTheFiguresOfEveryAlert() {
        SpikeDetector detector = new SpikeDetector(RULE);
        SpikeState state = new SpikeState();
        List<WindowStats> stats = new ArrayList<>();
        List<Alert> alerts = new ArrayList<>();
        for (int w = 0; w < 72; w++) {
            Instant start = T0.plus(RULE.window().multipliedBy(w));
            long count = countAt(w);
            WindowStats s =
                    count == 0
                            ? WindowStats.empty(KEY, start, start.plus(RULE.window()))
                            : new WindowStats(
                                    KEY,
                                    start,
                                    start.plus(RULE.window()),
                                    count,
                                    count / 2,
                                    0,
                                    count,
                                    new TreeMap<>(),
                                    new TreeMap<>(),
                                    new ArrayList<>());
            if (count > 0) {
                stats.add(s);
            }
            // The job hands the rule empty windows only while an incident is open (its timer).
            if (count > 0 || state.incidentId != null) {
                detector.onWindow(state, s).ifPresent(alerts::add);
            }
        }
        List<Incident> incidents = Incident.of(alerts);
        assertEquals(2, incidents.size(), "the burst and the later, smaller one");
        assertTrue(alerts.stream().anyMatch(a -> a.state() == AlertState.RESOLVED));

        List<BaselineBand.Point> band = BaselineBand.of(RULE, stats, incidents);
        for (Alert a : alerts) {
            BaselineBand.Point p =
                    band.stream().filter(x -> x.end().equals(a.windowEnd())).findFirst().get();
            assertEquals(a.figures().expected(), round(p.expected()), "expected at " + a);
            assertEquals(a.figures().threshold(), round(p.threshold()), "threshold at " + a);
            assertEquals(a.figures().count(), p.count());
        }
        Incident first = incidents.get(0);
        assertEquals(
                T0.plus(Duration.ofMinutes(150)),
                BaselineBand.onset(band, first),
                "the burst's first window");
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
