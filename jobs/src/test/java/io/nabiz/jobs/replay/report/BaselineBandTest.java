package io.nabiz.jobs.replay.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.AlertState;
import io.nabiz.engine.alert.Playbooks;
import io.nabiz.engine.rule.JudgedWindow;
import io.nabiz.engine.rule.Judgement;
import io.nabiz.engine.rule.KeyHistory;
import io.nabiz.engine.rule.KeyLevel;
import io.nabiz.engine.rule.RuleEngine;
import io.nabiz.engine.rule.RuleSet;
import io.nabiz.engine.rule.RuleSetLoader;
import io.nabiz.engine.window.IncidentKey;
import io.nabiz.engine.window.WindowStats;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The report's band is the usual level the rule engine judged each window against. */
class BaselineBandTest {

    private static final RuleSet RULES = RuleSetLoader.loadDefault();
    private static final Duration WINDOW = RULES.window();
    private static final IncidentKey KEY = new IncidentKey("acme", "delivery");
    private static final Instant T0 = Instant.parse("2026-11-20T06:00:00Z");
    private static final int BURST = 36;

    /**
     * Three hours of two to four mentions a window with silent windows, a burst, and a quiet tail
     * with more silence while the incident is open.
     */
    private static long countAt(int w) {
        if (w >= BURST && w < BURST + 6) {
            return 30 + 5L * (w - BURST);
        }
        if (w >= BURST - 2 && w < BURST) {
            return 2; // below the band: the rise starts with the burst
        }
        if (w % 7 == 3 || w == BURST + 7 || w == BURST + 8) {
            return 0; // silent: nobody mentioned the key
        }
        return 2 + w % 3;
    }

    /** The key's windows through the rule engine, as the job hands them over. */
    private static List<Judgement> judge() {
        RuleEngine engine = new RuleEngine(RULES, Playbooks.loadDefault());
        KeyHistory history = new KeyHistory();
        List<Judgement> judgements = new ArrayList<>();
        for (int w = 0; w < 60; w++) {
            Instant start = T0.plus(WINDOW.multipliedBy(w));
            long count = countAt(w);
            // The job judges a silent window only while the key has an open incident (a timer).
            if (count == 0 && !history.incidentOpen()) {
                continue;
            }
            WindowStats s =
                    count == 0
                            ? WindowStats.empty(KEY, start, start.plus(WINDOW))
                            : new WindowStats(
                                    KEY,
                                    start,
                                    start.plus(WINDOW),
                                    count,
                                    count / 2,
                                    0,
                                    count,
                                    new TreeMap<>(),
                                    new TreeMap<>(),
                                    new TreeMap<>(),
                                    new ArrayList<>(),
                                    null);
            engine.onWindow(history, s, false, KeyLevel.UNKNOWN).ifPresent(judgements::add);
        }
        return judgements;
    }

    @Test
    void bandHoldsEveryWindowAtTheLevelItsAlertsWereJudgedAgainst() {
        List<Judgement> judgements = judge();
        List<JudgedWindow> judged = judgements.stream().map(Judgement::window).toList();
        List<Alert> alerts =
                judgements.stream().map(Judgement::alert).flatMap(Optional::stream).toList();
        assertEquals(AlertState.OPEN, alerts.get(0).state());
        assertEquals(AlertState.RESOLVED, alerts.get(alerts.size() - 1).state());

        List<BaselineBand.Point> band = BaselineBand.of(judged, WINDOW);
        // Windows 0 to 58: the last one, 59, is silent and nobody judged it.
        assertEquals(59, band.size(), "every window from the first to the last, none twice");
        for (int i = 1; i < band.size(); i++) {
            assertEquals(band.get(i - 1).end(), band.get(i).start(), "no gap before point " + i);
        }
        for (Alert a : alerts) {
            BaselineBand.Point p =
                    band.stream().filter(x -> x.end().equals(a.windowEnd())).findFirst().get();
            assertEquals(a.figures().expected(), round(p.expected()), "expected at " + a);
            assertEquals(a.figures().count(), p.count(), "count at " + a);
        }
        JudgedWindow opening =
                judged.stream()
                        .filter(j -> j.stats().count() >= j.spikeThreshold())
                        .findFirst()
                        .get();
        assertTrue(opening.spikeThreshold() > opening.expected() + opening.spread());
        assertEquals(
                opening.spikeThreshold(),
                point(band, opening.stats().end()).threshold(),
                "the volume spike's threshold");
    }

    @Test
    void aSilentWindowTheRulesDidNotSeeHasNoMentionsAndTheUsualLevelBeforeIt() {
        List<BaselineBand.Point> band =
                BaselineBand.of(judge().stream().map(Judgement::window).toList(), WINDOW);
        // Window 9 (ending at 10) had two mentions, window 10 none.
        BaselineBand.Point before = point(band, T0.plus(WINDOW.multipliedBy(10)));
        BaselineBand.Point silent = point(band, T0.plus(WINDOW.multipliedBy(11)));
        assertEquals(2, before.count());
        assertEquals(0, silent.count());
        assertEquals(before.expected(), silent.expected());
        assertEquals(before.spread(), silent.spread());
        assertEquals(before.threshold(), silent.threshold());
    }

    @Test
    void onsetIsTheFirstWindowOfTheRiseThatOpenedTheIncident() {
        List<Judgement> judgements = judge();
        List<BaselineBand.Point> band =
                BaselineBand.of(judgements.stream().map(Judgement::window).toList(), WINDOW);
        Incident incident =
                Incident.of(
                                judgements.stream()
                                        .map(Judgement::alert)
                                        .flatMap(Optional::stream)
                                        .toList())
                        .get(0);
        assertEquals(
                T0.plus(WINDOW.multipliedBy(BURST)), BaselineBand.onset(band, incident, WINDOW));
    }

    private static BaselineBand.Point point(List<BaselineBand.Point> band, Instant end) {
        return band.stream().filter(p -> p.end().equals(end)).findFirst().orElseThrow();
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
