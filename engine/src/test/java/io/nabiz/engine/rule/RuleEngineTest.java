package io.nabiz.engine.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.AlertState;
import io.nabiz.engine.alert.Playbooks;
import io.nabiz.engine.alert.Severity;
import io.nabiz.engine.mention.Channel;
import io.nabiz.engine.window.IncidentKey;
import io.nabiz.engine.window.Sample;
import io.nabiz.engine.window.WindowStats;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RuleEngineTest {

    static final String RULES =
            """
            v: 1
            window: PT5M
            baseline: {alpha: 0.1, seasonalAlpha: 0.3, season: hour-of-day, warmup: PT1H}
            incidents: {resolveAfter: 3, resolveZScore: 1.5, updateGrowth: 1.5, cooldown: PT30M}
            rules:
              - {id: volume-spike, kind: volume-spike, severity: medium, playbook: investigate-spike,
                 brandWide: true, minSupport: 8, zScore: 4.0, minRatio: 3.0}
              - {id: private-lead, kind: private-channel-lead, severity: medium,
                 playbook: contain-private-complaints, minSupport: 6, zScore: 4.0, maxSocialRatio: 2.0}
              - {id: growth, kind: growth-projection, severity: high, playbook: get-ahead-of-growth,
                 minSupport: 8, reach: 5000, horizon: PT1H, minGrowth: 1.5}
              - {id: influencer, kind: high-reach-author, severity: high,
                 playbook: reach-out-to-influencer, minReach: 100000}
              - {id: new-term, kind: emerging-term, severity: low, playbook: watch-emerging-topic,
                 minSupport: 6, minRatio: 8.0}
            """;

    private final Playbooks playbooks = Playbooks.loadDefault();
    private final RuleEngine engine;
    private final KeyHistory history = new KeyHistory();
    private final Windows windows = new Windows(new IncidentKey("acme", "delivery"));

    RuleEngineTest() throws Exception {
        engine = new RuleEngine(new RuleSetLoader(playbooks).parse(RULES), playbooks);
    }

    private List<Alert> feed(WindowStats w) {
        return engine
                .onWindow(history, w, false, KeyLevel.UNKNOWN)
                .flatMap(Judgement::alert)
                .stream()
                .toList();
    }

    private void quiet(int n) {
        long[] noise = {1, 2, 1, 0, 2, 1};
        for (int i = 0; i < n; i++) {
            assertEquals(List.of(), feed(windows.next(noise[i % 6], 0, noise[(i + 2) % 6])));
        }
    }

    @Test
    void aFlatStreamFiresNothing() {
        quiet(300);
    }

    @Test
    void aBurstOpensOneIncidentThatGrowsAndResolves() {
        quiet(24);
        List<Alert> alerts = new ArrayList<>();
        for (long social : new long[] {12, 18, 30, 60, 90, 40}) {
            alerts.addAll(feed(windows.next(0, 0, social)));
        }
        for (int i = 0; i < 6; i++) {
            alerts.addAll(feed(windows.next(1, 0, 1)));
        }
        List<AlertState> states = alerts.stream().map(Alert::state).toList();
        assertEquals(AlertState.OPEN, states.get(0));
        assertEquals(AlertState.RESOLVED, states.get(states.size() - 1));
        assertEquals(1, states.stream().filter(s -> s == AlertState.OPEN).count());
        assertTrue(
                states.subList(1, states.size() - 1).stream()
                        .allMatch(s -> s == AlertState.UPDATED || s == AlertState.ESCALATED),
                states.toString());
        assertTrue(states.size() > 2, "the growing incident reports updates: " + states);
        assertEquals(1, alerts.stream().map(Alert::id).distinct().count(), "one incident id");
        assertEquals(
                IntStream.rangeClosed(1, alerts.size()).boxed().toList(),
                alerts.stream().map(Alert::seq).toList());
        Alert resolved = alerts.get(alerts.size() - 1);
        assertEquals(90, resolved.evidence().peakCount());
        assertEquals(20, resolved.evidence().leadMinutes(), "opened four windows before the peak");
        assertEquals("volume-spike", alerts.get(0).rule());
        assertEquals("investigate-spike", alerts.get(0).action().playbook());
        assertFalse(alerts.get(0).action().steps().isEmpty());
    }

    @Test
    void anIncidentThatGetsWorseEscalates() {
        quiet(24);
        Alert open = feed(windows.next(0, 0, 9)).get(0);
        Alert worse = feed(windows.next(0, 0, 40)).get(0);
        assertEquals(AlertState.ESCALATED, worse.state());
        assertTrue(worse.severity().compareTo(open.severity()) > 0, worse.severity().toString());
        assertEquals(open.id(), worse.id());
    }

    @Test
    void evidenceCarriesTheWindowsSamples() {
        quiet(24);
        WindowStats w = windows.next(0, 0, 20);
        Alert open = feed(w).get(0);
        assertEquals(w.samples(), open.evidence().samples());
        assertEquals(
                "Order 12345 is late and nobody answers", open.evidence().samples().get(0).text());
    }

    @Test
    void aNewKeyCannotAlertBeforeWarmUp() {
        quiet(2);
        assertEquals(List.of(), feed(windows.next(0, 0, 80)));
    }

    @Test
    void silenceResolvesAnOpenIncident() {
        quiet(24);
        assertEquals(AlertState.OPEN, feed(windows.next(0, 0, 40)).get(0).state());
        windows.skip(5);
        assertEquals(AlertState.RESOLVED, feed(windows.next(0, 0, 0)).get(0).state());
    }

    @Test
    void aFlareUpInsideTheCooldownIsNotANewIncident() {
        quiet(24);
        String first = feed(windows.next(0, 0, 40)).get(0).id();
        List<Alert> settling = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            settling.addAll(feed(windows.next(1, 0, 1)));
        }
        assertEquals(List.of(AlertState.RESOLVED), settling.stream().map(Alert::state).toList());
        assertEquals(List.of(), feed(windows.next(0, 0, 40)), "within the 30-minute cooldown");
        quiet(8);
        Alert again = feed(windows.next(0, 0, 40)).get(0);
        assertEquals(AlertState.OPEN, again.state());
        assertNotEquals(first, again.id());
    }

    @Test
    void aLesserWaveAfterABigOneIsNotNewsButABiggerOneIs() throws Exception {
        String spikeOnly =
                RULES.substring(0, RULES.indexOf("  - {id: private-lead"))
                        .replace("minRatio: 3.0}", "minRatio: 3.0, busiestIn: PT6H}");
        RuleEngine recordOnly =
                new RuleEngine(new RuleSetLoader(playbooks).parse(spikeOnly), playbooks);
        List<AlertState> states = new ArrayList<>();
        long[] day = new long[24 + 1 + 12 + 1 + 12 + 1 + 84 + 1];
        Arrays.fill(day, 1);
        day[24] = 60; // the big wave
        day[24 + 1 + 12] = 40; // a lesser one after the cooldown: the busiest in 6 h was 60
        day[24 + 1 + 12 + 1 + 12] = 80; // a bigger one: news
        day[day.length - 1] = 40; // 7 hours after the big waves: news again
        List<Integer> opened = new ArrayList<>();
        for (int i = 0; i < day.length; i++) {
            for (Alert a :
                    recordOnly
                            .onWindow(history, windows.next(0, 0, day[i]), false, KeyLevel.UNKNOWN)
                            .flatMap(Judgement::alert)
                            .stream()
                            .toList()) {
                states.add(a.state());
                if (a.state() == AlertState.OPEN) {
                    opened.add(i);
                }
            }
        }
        assertEquals(List.of(24, 24 + 1 + 12 + 1 + 12, day.length - 1), opened, states.toString());
    }

    @Test
    void aDailyPeakThatRepeatsStopsFiringOnceLearnt() {
        List<Integer> daysWithAlerts = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            boolean alerted = false;
            for (int w = 0; w < 288; w++) {
                boolean eveningPeak = w >= 228 && w < 240; // 19:00–20:00 every day
                long social = eveningPeak ? 30 : 1 + w % 2;
                alerted |= !feed(windows.next(0, 0, social)).isEmpty();
            }
            if (alerted) {
                daysWithAlerts.add(day);
            }
        }
        assertTrue(daysWithAlerts.contains(0), "the first evening peak is news");
        assertFalse(
                daysWithAlerts.contains(5) || daysWithAlerts.contains(6),
                daysWithAlerts.toString());
    }

    @Test
    void aChatAndEmailLedBurstFiresTheLeadRuleBeforeSocialPeaks() {
        quiet(24);
        long[][] phases = {{4, 3, 0}, {6, 4, 2}, {8, 5, 3}, {9, 6, 12}, {9, 6, 40}};
        List<Alert> alerts = new ArrayList<>();
        int firstAlertWindow = -1;
        for (int i = 0; i < phases.length; i++) {
            List<Alert> now = feed(windows.next(phases[i][0], phases[i][1], phases[i][2]));
            if (!now.isEmpty() && firstAlertWindow < 0) {
                firstAlertWindow = i;
            }
            alerts.addAll(now);
        }
        assertEquals(0, firstAlertWindow, "warned while social was still quiet");
        assertEquals("private-lead", alerts.get(0).rule());
        assertEquals(AlertState.OPEN, alerts.get(0).state());
        assertTrue(
                alerts.get(0).headline().contains("on chat and e-mail"), alerts.get(0).headline());
    }

    @Test
    void growthIsProjectedToAnAudience() {
        quiet(24);
        feed(windows.next(0, 0, 3));
        feed(windows.next(0, 0, 6));
        Alert alert = feed(windows.next(0, 0, 14)).get(0);
        assertTrue(alert.triggers().contains("growth"), alert.triggers().toString());
        assertTrue(
                alert.headline().contains("projected to reach 5,000 people in ~"),
                alert.headline());
    }

    @Test
    void aHighReachComplaintAlertsOnItsOwn() {
        quiet(24);
        Sample loud =
                new Sample("x", Channel.SOCIAL, Windows.T0, "tr", -0.9, 250_000, "Rezalet", 1);
        Alert alert = feed(windows.next(0, 0, 2, 1, Map.of(), loud)).get(0);
        assertEquals("influencer", alert.rule());
        assertEquals(Severity.HIGH, alert.severity());
    }

    @Test
    void aWordWhoseRateJumpsIsAnEmergingTerm() {
        for (int i = 0; i < 24; i++) {
            feed(windows.next(1, 0, 1, 0, Map.of("kargo", 1L), null));
        }
        Alert alert = feed(windows.next(2, 0, 2, 0, Map.of("kargo", 1L, "iade", 7L), null)).get(0);
        assertEquals("new-term", alert.rule());
        assertTrue(alert.headline().contains("\"iade\" in 7 mentions"), alert.headline());
    }

    @Test
    void theBrandWideKeyStaysQuietWhileAnAspectExplainsTheRise() {
        Windows brand = new Windows(new IncidentKey("acme", IncidentKey.BRAND_WIDE));
        KeyHistory brandHistory = new KeyHistory();
        for (int i = 0; i < 24; i++) {
            engine.onWindow(brandHistory, brand.next(1, 1, 2), false, KeyLevel.UNKNOWN);
        }
        assertEquals(
                List.of(),
                engine
                        .onWindow(brandHistory, brand.next(1, 1, 60), true, KeyLevel.UNKNOWN)
                        .flatMap(Judgement::alert)
                        .stream()
                        .toList());
        assertEquals(
                AlertState.OPEN,
                engine.onWindow(brandHistory, brand.next(1, 1, 60), false, KeyLevel.UNKNOWN)
                        .flatMap(Judgement::alert)
                        .orElseThrow()
                        .state());
    }

    @Test
    void eachWindowComesWithTheUsualLevelItWasJudgedAgainst() {
        quiet(24);
        JudgedWindow burst =
                engine.onWindow(history, windows.next(0, 0, 60), false, KeyLevel.UNKNOWN)
                        .orElseThrow()
                        .window();
        assertTrue(burst.expected() > 1 && burst.expected() < 4, "usual " + burst.expected());
        assertTrue(burst.spikeThreshold() > burst.expected() + burst.spread());
        assertTrue(burst.stats().count() > burst.spikeThreshold());
        assertTrue(burst.incidentOpen());
    }

    @Test
    void anAspectThatOnlyRisesWithItsBrandIsTheBrandsIncident() {
        quiet(24);
        assertEquals(
                List.of(),
                engine
                        .onWindow(history, windows.next(0, 0, 40), false, new KeyLevel(440, 22))
                        .flatMap(Judgement::alert)
                        .stream()
                        .toList(),
                "the rest of the brand is up twentyfold too: delivery does not stand out");
        assertEquals(
                AlertState.OPEN,
                engine.onWindow(history, windows.next(0, 0, 40), false, new KeyLevel(60, 22))
                        .flatMap(Judgement::alert)
                        .orElseThrow()
                        .state());
    }

    @Test
    void mentionsNamingNoAspectRiseAsTheBrandNotAsAnIncidentOfTheirOwn() {
        Windows general = new Windows(new IncidentKey("acme", IncidentKey.GENERAL));
        List<Alert> alerts = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            engine.onWindow(history, general.next(1, 0, 1), false, KeyLevel.UNKNOWN);
        }
        engine.onWindow(history, general.next(0, 0, 40), false, new KeyLevel(60, 22))
                .flatMap(Judgement::alert)
                .ifPresent(alerts::add);
        assertEquals(List.of(), alerts, "the brand-wide key judges this rise");
    }

    @Test
    void aWindowSeenTwiceIsIgnored() {
        quiet(24);
        WindowStats w = windows.next(0, 0, 1);
        feed(w);
        assertEquals(List.of(), feed(w));
    }
}
