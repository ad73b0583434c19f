package io.nabiz.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nabiz.engine.alert.Alert;
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
import io.nabiz.jobs.replay.ReplayResult;
import io.nabiz.jobs.replay.report.Backtest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** What the terminal shows after a long replay: the first incidents, and where the rest are. */
class ReplaySummaryTest {

    private static final RuleSet RULES = RuleSetLoader.loadDefault();
    private static final Instant T0 = Instant.parse("2015-03-01T00:00:00Z");

    /** Thirty brands, each quiet for two hours and then bursting once. */
    private static ReplayResult thirtyBursts() {
        List<Alert> alerts = new ArrayList<>();
        List<JudgedWindow> judged = new ArrayList<>();
        RuleEngine engine = new RuleEngine(RULES, Playbooks.loadDefault());
        for (int k = 0; k < 30; k++) {
            IncidentKey key = new IncidentKey(String.format("brand-%02d", k), "delivery");
            KeyHistory history = new KeyHistory();
            for (int w = 0; w < 36; w++) {
                long count = w >= 24 + k % 3 && w < 27 + k % 3 ? 60 : 2 + w % 3;
                Instant start = T0.plus(RULES.window().multipliedBy(w));
                WindowStats s =
                        new WindowStats(
                                key,
                                start,
                                start.plus(RULES.window()),
                                count,
                                count / 2,
                                0,
                                count,
                                new TreeMap<>(),
                                new TreeMap<>(),
                                new TreeMap<>(),
                                new ArrayList<>(),
                                null);
                Judgement j = engine.onWindow(history, s, false, KeyLevel.UNKNOWN).orElseThrow();
                judged.add(j.window());
                j.alert().ifPresent(alerts::add);
            }
        }
        return ReplayResult.sorted(alerts, judged, List.of(), List.of(), 1_000, 1_000);
    }

    @Test
    void longListsStopAtTwentyAndPointToTheReport() {
        ReplayResult result = thirtyBursts();
        Backtest a = Backtest.of("a", RULES, result);
        Backtest b = Backtest.of("b", RULES, result);
        assertEquals(30, a.incidents().size());

        StringWriter text = new StringWriter();
        ReplaySummary.print(new PrintWriter(text), List.of(a, b), Path.of("out"));
        List<String> lines = text.toString().lines().toList();

        assertEquals(
                2, lines.stream().filter("  … 10 more incidents in the report"::equals).count());
        assertEquals(1, lines.stream().filter("  … 10 more rows in the report"::equals).count());
        assertEquals(
                2 * ReplaySummary.MAX_ROWS,
                lines.stream()
                        .filter(l -> l.matches("  brand-\\d\\d/delivery +volume-spike .*"))
                        .count());
        assertEquals(
                ReplaySummary.MAX_ROWS,
                lines.stream().filter(l -> l.matches("  brand-\\d\\d/delivery .* both")).count());
        assertEquals(
                "  a: 30 incidents, 0 false alarms; b: 30 incidents, 0 false alarms; 30 caught by"
                        + " both",
                lines.get(lines.size() - 2));
        assertEquals("Report: " + Path.of("out", "report.html"), lines.get(lines.size() - 1));
    }
}
