package io.nabiz.engine.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.Playbooks;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A burst in a quarter of an hour that must also show in the hour before it opens. */
class ScaleAgreementTest {

    private static final String RULES =
            """
            v: 1
            window: PT5M
            baseline: {alpha: 0.005, seasonalAlpha: 0.2, season: none, warmup: PT1H}
            incidents: {resolveAfter: 3, resolveZScore: 1.5, updateGrowth: 1.5, cooldown: PT1H,
                        confirmWindows: 1}
            rules:
              - {id: burst, kind: volume-spike, severity: medium, playbook: investigate-spike,
                 brandWide: true, over: PT15M, minSupport: 8, zScore: 3.0, minRatio: 2.0%s}
            """;

    private static final String AGREE = ",\n     agree: {over: PT1H, zScore: 4.0}";

    private final Playbooks playbooks = Playbooks.loadDefault();

    /** Every alert of a key at a level of five that then gets {@code counts}. */
    private List<Alert> alerts(String agree, long... counts) throws Exception {
        RuleEngine engine =
                new RuleEngine(
                        new RuleSetLoader(playbooks).parse(String.format(RULES, agree)), playbooks);
        return Windows.alertsAfterCalm(engine, 48, counts);
    }

    @Test
    void aLoneSpikeOfFiveMinutesIsNoBurstOfTheHour() throws Exception {
        // 30 in one window: the quarter of an hour is 2.7 times usual, the hour 3.3 spreads up.
        assertEquals(1, alerts("", 30, 5, 5).size(), "without agreement the spike opens");
        assertEquals(List.of(), alerts(AGREE, 30, 5, 5));
    }

    @Test
    void aRiseThatLastsShowsOnBothScalesAndSaysSo() throws Exception {
        List<Alert> alerts = alerts(AGREE, 20, 20, 20, 20);
        assertEquals(1, alerts.size(), alerts.toString());
        String headline = alerts.get(0).headline();
        assertTrue(
                headline.matches(
                        "\\d+ mentions in 15 min, [\\d.]+x the usual [\\d.]+; \\d+ in 60 min,"
                                + " [\\d.]+ spreads above the usual [\\d.]+"),
                headline);
    }

    @Test
    void theLongerScaleMustBeLonger() {
        String rules = String.format(RULES, ",\n     agree: {over: PT10M, zScore: 1.0}");
        RuleSetLoader.InvalidRulesException e =
                assertThrows(
                        RuleSetLoader.InvalidRulesException.class,
                        () -> new RuleSetLoader(playbooks).parse(rules));
        assertTrue(e.getMessage().contains("agree.over must be longer"), e.getMessage());
    }
}
