package io.nabiz.engine.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.AlertState;
import io.nabiz.engine.alert.Playbooks;
import io.nabiz.engine.window.IncidentKey;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The false-alarm budget and the noise-held confirmation, through the rule engine. */
class RobustOpeningTest {

    private static String rules(String incidents) {
        return """
                v: 1
                window: PT5M
                baseline: {alpha: 0.005, seasonalAlpha: 0.2, season: none, warmup: PT1H}
                incidents: {resolveAfter: 3, resolveZScore: 1.5, updateGrowth: 1.5, cooldown: PT1H,
                            %s}
                rules:
                  - {id: burst, kind: volume-spike, severity: medium, playbook: investigate-spike,
                     brandWide: true, minSupport: 8, zScore: 4.0, minRatio: 3.0}
                """
                .formatted(incidents);
    }

    private final Playbooks playbooks = Playbooks.loadDefault();
    private final KeyHistory history = new KeyHistory();
    private final Windows windows = new Windows(new IncidentKey("acme", "delivery"));

    private List<Alert> feed(RuleEngine engine, long... counts) {
        List<Alert> out = new ArrayList<>();
        for (long c : counts) {
            engine.onWindow(history, windows.next(0, 0, c), false, KeyLevel.UNKNOWN)
                    .flatMap(Judgement::alert)
                    .ifPresent(out::add);
        }
        return out;
    }

    private static long[] level(long[] pattern, int windows) {
        long[] out = new long[windows];
        for (int i = 0; i < windows; i++) {
            out[i] = pattern[i % pattern.length];
        }
        return out;
    }

    private static List<Alert> opened(List<Alert> alerts) {
        return alerts.stream().filter(a -> a.state() == AlertState.OPEN).toList();
    }

    @Test
    void aKeyThatSpentItsBudgetStaysQuietUntilItHasEarnedAnother() throws Exception {
        RuleEngine engine =
                new RuleEngine(
                        new RuleSetLoader(playbooks)
                                .parse(rules("confirmWindows: 1, openingsPerDay: 0.5")),
                        playbooks);
        long[] calm = level(new long[] {4, 5, 6, 5}, 36);
        feed(engine, calm);
        List<Alert> first = opened(feed(engine, 60, 60, 60));
        feed(engine, calm);
        List<Alert> second = opened(feed(engine, 80, 80, 80));
        feed(engine, calm);
        List<Alert> third = opened(feed(engine, 120, 120, 120));
        assertEquals(1, first.size());
        assertEquals(1, second.size(), "a second opening on a bad day");
        assertTrue(
                second.get(0).headline().contains("of the key's 2 openings left (it earns 0.50"),
                second.get(0).headline());
        assertEquals(List.of(), third, "the budget is spent: half an opening a day");
    }

    @Test
    void aNoisyKeyMustHoldLongerAndSaysSo() throws Exception {
        RuleEngine engine =
                new RuleEngine(
                        new RuleSetLoader(playbooks)
                                .parse(rules("confirmWindows: 1, maxConfirmWindows: 3")),
                        playbooks);
        // usually about 20, but swinging between 5 and 35: more than twice a Poisson spread
        feed(engine, level(new long[] {5, 35, 10, 30, 20, 5, 35, 20}, 96));
        assertEquals(List.of(), feed(engine, 200), "one window of a noisy key is no story");
        List<Alert> open = feed(engine, 200);
        assertEquals(AlertState.OPEN, open.get(0).state(), open.toString());
        assertTrue(
                open.get(0)
                        .headline()
                        .contains("; held 2 windows, the key 2.6x as noisy as chance"),
                open.get(0).headline());
    }
}
