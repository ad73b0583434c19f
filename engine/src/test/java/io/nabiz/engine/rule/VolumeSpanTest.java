package io.nabiz.engine.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.AlertState;
import io.nabiz.engine.alert.Playbooks;
import io.nabiz.engine.window.IncidentKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Volume rules over sliding spans, and incidents that open only on confirmed findings. */
class VolumeSpanTest {

    private static final String RULES =
            """
            v: 1
            window: PT5M
            baseline: {alpha: 0.005, seasonalAlpha: 0.2, season: none, warmup: PT1H}
            incidents: {resolveAfter: 3, resolveZScore: 1.5, updateGrowth: 1.5, cooldown: PT1H,
                        confirmWindows: 2}
            rules:
              - {id: burst, kind: volume-spike, severity: medium, playbook: investigate-spike,
                 brandWide: true, over: PT15M, minSupport: 8, zScore: 4.0, minRatio: 3.0,
                 busiestIn: PT6H}
              - {id: rise, kind: volume-spike, severity: medium, playbook: investigate-spike,
                 brandWide: true, over: PT1H, minSupport: 8, zScore: 3.0, minRatio: 2.0,
                 busiestIn: PT6H}
            """;

    private final Playbooks playbooks = Playbooks.loadDefault();
    private final KeyHistory history = new KeyHistory();
    private final Windows windows = new Windows(new IncidentKey("acme", "delivery"));
    private final RuleEngine engine;

    VolumeSpanTest() throws Exception {
        engine = new RuleEngine(new RuleSetLoader(playbooks).parse(RULES), playbooks);
    }

    /** The alerts of each window, in order. */
    private List<List<Alert>> feed(long... counts) {
        List<List<Alert>> out = new ArrayList<>();
        for (long c : counts) {
            out.add(
                    engine
                            .onWindow(history, windows.next(0, 0, c), false, KeyLevel.UNKNOWN)
                            .flatMap(Judgement::alert)
                            .stream()
                            .toList());
        }
        return out;
    }

    private static long[] repeat(long count, int windows) {
        long[] out = new long[windows];
        Arrays.fill(out, count);
        return out;
    }

    private void usualLevelOfFive(int windows) {
        long[] noise = {4, 5, 6, 5};
        for (int i = 0; i < windows; i++) {
            assertEquals(List.of(List.of()), feed(noise[i % noise.length]));
        }
    }

    @Test
    void aRiseThatNeverBurstsInAQuarterHourFiresOnTheHour() {
        usualLevelOfFive(48);
        // Well over twice the usual level, window after window: no 15 minutes are three times
        // usual, but the hour doubles.
        List<List<Alert>> alerts = feed(repeat(12, 14));
        List<Alert> all = alerts.stream().flatMap(List::stream).toList();
        assertEquals(1, all.size(), all.toString());
        Alert open = all.get(0);
        assertEquals(AlertState.OPEN, open.state());
        assertEquals("rise", open.rule());
        assertEquals(List.of("rise"), open.triggers());
        assertTrue(open.headline().contains("in 60 min"), open.headline());
        // The hour must fill with the doubled level before it is twice its usual 60 or more.
        assertTrue(alerts.indexOf(List.of(open)) >= 9, alerts.toString());
    }

    @Test
    void oneNoisyWindowIsNoIncidentButARiseThatKeepsClimbingIs() {
        usualLevelOfFive(48);
        // The quarter hour with the noisy window is a record once; the next one is not.
        assertEquals(List.of(List.of(), List.of(), List.of()), feed(40, 5, 5));
        usualLevelOfFive(12);
        List<List<Alert>> alerts = feed(60, 70);
        assertEquals(List.of(), alerts.get(0), "the first window only arms the rule");
        assertEquals(AlertState.OPEN, alerts.get(1).get(0).state());
        assertEquals("burst", alerts.get(1).get(0).rule());
    }

    @Test
    void aYoungKeyKnowsItsLevelAtOnce() {
        // With alpha 0.005 an average started from zero would still think 50 a lot after
        // hours; averaged evenly, a steady key is usual from its first windows on.
        feed(repeat(50, 24));
        JudgedWindow next =
                engine.onWindow(history, windows.next(0, 0, 50), false, KeyLevel.UNKNOWN)
                        .orElseThrow()
                        .window();
        assertEquals(50, next.expected(), 1e-9);
        assertEquals(List.of(List.of()), feed(50));
    }
}
