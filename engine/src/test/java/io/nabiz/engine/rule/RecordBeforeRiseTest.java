package io.nabiz.engine.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.AlertState;
import io.nabiz.engine.alert.Playbooks;
import io.nabiz.engine.window.IncidentKey;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A rise held to the record from before it began ({@code recordBeforeRise}) confirms over as many
 * windows as asked while it stays high; one that must set a new record every window fails as soon
 * as a window falls short of the rise's own first.
 */
class RecordBeforeRiseTest {

    private static final Playbooks PLAYBOOKS = Playbooks.loadDefault();

    private static RuleEngine engine(String over, boolean recordBeforeRise, double nowZScore)
            throws Exception {
        String rules =
                """
                v: 1
                window: PT5M
                baseline: {alpha: 0.005, seasonalAlpha: 0.2, season: none, warmup: PT1H}
                incidents: {resolveAfter: 3, resolveZScore: 1.5, updateGrowth: 1.5,
                            cooldown: PT1H, confirmWindows: 3}
                rules:
                  - {id: burst, kind: volume-spike, severity: medium, playbook: investigate-spike,
                     brandWide: true, over: %s, minSupport: 8, zScore: 4.0, minRatio: 3.0,
                     busiestIn: PT6H, recordBeforeRise: %s, nowZScore: %s}
                """
                        .formatted(over, recordBeforeRise, nowZScore);
        return new RuleEngine(new RuleSetLoader(PLAYBOOKS).parse(rules), PLAYBOOKS);
    }

    /** The alerts of each window after four hours at about five a window. */
    private static List<List<Alert>> afterCalm(RuleEngine engine, long... counts) {
        KeyHistory history = new KeyHistory();
        Windows windows = new Windows(new IncidentKey("acme", "delivery"));
        long[] noise = {4, 5, 6, 5};
        List<List<Alert>> out = new ArrayList<>();
        for (int i = 0; i < 48 + counts.length; i++) {
            long c = i < 48 ? noise[i % noise.length] : counts[i - 48];
            List<Alert> alerts =
                    engine
                            .onWindow(history, windows.next(0, 0, c), false, KeyLevel.UNKNOWN)
                            .flatMap(Judgement::alert)
                            .stream()
                            .toList();
            if (i >= 48) {
                out.add(alerts);
            } else {
                assertEquals(List.of(), alerts, "the calm opens nothing");
            }
        }
        return out;
    }

    @Test
    void aRiseThatStaysHighButNotHigherConfirmsOnlyAgainstTheRecordBeforeIt() throws Exception {
        long[] rise = {60, 55, 58, 57};
        List<List<Alert>> plain = afterCalm(engine("PT5M", false, 0), rise);
        assertEquals(List.of(List.of(), List.of(), List.of(), List.of()), plain, "55 < 60");
        List<List<Alert>> held = afterCalm(engine("PT5M", true, 0), rise);
        assertEquals(List.of(), held.get(0));
        assertEquals(List.of(), held.get(1));
        Alert open = held.get(2).get(0);
        assertEquals(AlertState.OPEN, open.state());
        // The third window (58) is below the rise's first (60): the headline says what it beat
        // (the usual level has learnt the two windows before it, which opened nothing).
        assertEquals(
                "58 mentions in 5 min, 8.2x the usual 7.1, above the record 6 of the 6 hours"
                        + " before the rise",
                open.headline());
    }

    @Test
    void aSingleSpikesEchoIsStillNoRiseWhileTheNewestWindowMustBeAboveUsual() throws Exception {
        // The quarter hour holds the spike for three windows, all above the record before it;
        // the newest window is back at usual, so the rule stops firing after the spike's window.
        List<List<Alert>> alerts = afterCalm(engine("PT15M", true, 1.0), 150, 5, 5, 5);
        assertEquals(List.of(List.of(), List.of(), List.of(), List.of()), alerts);
    }
}
