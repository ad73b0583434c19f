package io.nabiz.engine.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.Playbooks;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A burst judged against the median of the span's hourly peaks instead of a record. */
class RobustLevelTest {

    private static final String RULES =
            """
            v: 1
            window: PT5M
            baseline: {alpha: 0.005, seasonalAlpha: 0.2, season: none, warmup: PT1H}
            incidents: {resolveAfter: 3, resolveZScore: 1.5, updateGrowth: 1.5, cooldown: PT1H,
                        confirmWindows: 1}
            rules:
              - {id: burst, kind: volume-spike, severity: medium, playbook: investigate-spike,
                 brandWide: true, over: PT15M, minSupport: 8, zScore: 3.0, minRatio: 2.0,
                 robust: {in: %s, zScore: 3}}
            """;

    /** Two days of a key at about five a window. */
    private static final int CALM = 2 * 288;

    private final Playbooks playbooks = Playbooks.loadDefault();

    private List<Alert> alerts(String in, long... counts) throws Exception {
        RuleEngine engine =
                new RuleEngine(
                        new RuleSetLoader(playbooks).parse(String.format(RULES, in)), playbooks);
        return Windows.alertsAfterCalm(engine, CALM, counts);
    }

    @Test
    void aRiseOpensOnceTwoWindowsCarryItAndSaysHowFarAboveATypicalHour() throws Exception {
        List<Alert> alerts = alerts("P1D", 20, 20, 20, 20);
        assertEquals(1, alerts.size(), alerts.toString());
        // The quarter of an hour's busiest is 16 in a typical hour; 5 + 20 + 20 without its
        // busiest window is 37.5, five robust spreads of 4 above it.
        assertEquals(
                "45 mentions in 15 min, 3.0x the usual 15.1, 5.4 robust spreads above a typical"
                        + " hour's busiest 16",
                alerts.get(0).headline());
        assertTrue(alerts.get(0).windowEnd().isAfter(Windows.T0.plusSeconds(300L * (CALM + 1))));
    }

    @Test
    void aSpanBusyThroughOneWindowIsASpikeNotARise() throws Exception {
        assertEquals(List.of(), alerts("P1D", 60, 5, 5, 4, 6));
    }

    @Test
    void theLookBackIsBounded() {
        RuleSetLoader.InvalidRulesException e =
                assertThrows(
                        RuleSetLoader.InvalidRulesException.class,
                        () -> new RuleSetLoader(playbooks).parse(String.format(RULES, "PT30M")));
        assertTrue(e.getMessage().contains("robust.in must be between"), e.getMessage());
    }
}
