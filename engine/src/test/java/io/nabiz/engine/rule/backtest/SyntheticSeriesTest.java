package io.nabiz.engine.rule.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.AlertState;
import io.nabiz.engine.alert.Playbooks;
import io.nabiz.engine.rule.RuleSetLoader;
import io.nabiz.engine.window.WindowStats;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped rules on the project's own stress series, where the truth is known. */
class SyntheticSeriesTest {

    /** A volume rule's robust level in place of its record. */
    private static final String ROBUST_LEVEL = "    robust: {in: P5D, zScore: 3}";

    /** The shipped record: a week's, its hours fading after four days. */
    private static final String SHIPPED_RECORD = "    busiestIn: P7D\n    fadesAfter: P4D";

    /** The shipped rules' clip of the level. */
    private static final String SHIPPED_CLIP_Z = "0";

    private final Backtest shipped =
            new Backtest(RuleSetLoader.loadDefault(), Playbooks.loadDefault());

    /**
     * The shipped rules (which learn a daily cycle) with every other robust option on: noise hold,
     * budget.
     */
    private final Backtest robust = robust();

    /** The shipped rules with the sharp five-day record that was shipped before the faded one. */
    private final Backtest fiveDays = shippedWith(Map.of(SHIPPED_RECORD, "    busiestIn: P5D"));

    /** The shipped rules judged against a robust level instead of a record, the level clipped. */
    private final Backtest robustLevel =
            shippedWith(
                    Map.of(
                            SHIPPED_RECORD,
                            ROBUST_LEVEL,
                            "  clipZ: " + SHIPPED_CLIP_Z,
                            "  clipZ: 4"));

    private static Backtest robust() {
        return shippedWith(
                Map.of(
                        "  maxConfirmWindows: 2", "  maxConfirmWindows: 4",
                        "  openingsPerDay: 0", "  openingsPerDay: 0.5"));
    }

    /** The shipped rules with whole lines replaced. */
    private static Backtest shippedWith(Map<String, String> lines) {
        try (InputStream in = RuleSetLoader.class.getResourceAsStream("/config/rules.yaml")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> e : lines.entrySet()) {
                if (!text.contains(e.getKey() + "\n")) {
                    throw new IllegalStateException("the shipped rules lost " + e.getKey());
                }
                text = text.replace(e.getKey() + "\n", e.getValue() + "\n");
            }
            Playbooks playbooks = Playbooks.loadDefault();
            return new Backtest(new RuleSetLoader(playbooks).parse(text), playbooks);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void pureNoiseOpensNothingAtAnyVolume() {
        for (Backtest rules : List.of(shipped, robust, robustLevel, fiveDays)) {
            for (double rate : new double[] {2, 8, 25, 80, 300}) {
                for (double dispersion : new double[] {0, 0.3}) {
                    SyntheticSeries noise =
                            SyntheticSeries.steady("N" + (int) rate, rate, dispersion);
                    assertEquals(
                            List.of(),
                            rules.openings(noise.windows()),
                            "steady " + rate + " per window, dispersion " + dispersion);
                }
            }
        }
    }

    /**
     * Ten seeded fortnights of a steady 30 % negative share on 15 to 40 mentions a window, judged
     * on the brand and on {@code general}: the shipped rules open nothing. The same rules with the
     * shift measured from the share itself (negative-shift {@code zScore: 0}) open negative shifts
     * on this noise (5 in the ten fortnights), so the series are able to catch the defect.
     */
    @Test
    void aSteadyNegativeShareOnFifteenToFortyMentionsOpensNothing() {
        Backtest unbounded =
                shippedWith(
                        Map.of(
                                "    minShift: 0.25\n    zScore: 3.0",
                                "    minShift: 0.25\n    zScore: 0"));
        long unboundedShifts = 0;
        for (int seed = 0; seed < 10; seed++) {
            List<WindowStats> windows = SyntheticSeries.steadyShare("SHARE" + seed).windows();
            for (Backtest rules : List.of(shipped, robust, robustLevel)) {
                assertEquals(List.of(), rules.openings(windows), "SHARE" + seed);
            }
            unboundedShifts +=
                    unbounded.alerts(windows).stream()
                            .filter(a -> a.state() == AlertState.OPEN)
                            .filter(a -> a.rule().equals("negative-shift"))
                            .count();
        }
        assertTrue(unboundedShifts >= 3, "unbounded shifts opened: " + unboundedShifts);
    }

    @Test
    void everyRealAnomalyOpensAnIncidentWhileItLasts() {
        everyRealAnomalyOpensWhileItLasts(shipped);
    }

    @Test
    void everyRealAnomalyOpensWithEveryRobustOptionOn() {
        everyRealAnomalyOpensWhileItLasts(robust);
    }

    @Test
    void everyRealAnomalyOpensAgainstARobustLevel() {
        everyRealAnomalyOpensWhileItLasts(robustLevel);
    }

    private static void everyRealAnomalyOpensWhileItLasts(Backtest rules) {
        for (SyntheticSeries s : SyntheticSeries.all()) {
            List<Instant> openings = rules.openings(s.windows());
            for (SyntheticSeries.Anomaly a : s.anomalies()) {
                Instant onset = s.start(a.onset());
                Instant over = s.start(a.onset() + a.length());
                assertTrue(
                        openings.stream().anyMatch(t -> t.isAfter(onset) && t.isBefore(over)),
                        s.name()
                                + ": nothing opened between "
                                + onset
                                + " and "
                                + over
                                + ": "
                                + openings);
            }
        }
    }

    @Test
    void aSingleUnlabelledSpikeOnAQuietKeyIsNoIncident() {
        SyntheticSeries quiet = series("QUIET");
        Instant spike = SyntheticSeries.START.plus(Duration.ofHours(6 * 24 + 3));
        for (Backtest rules : List.of(shipped, robust, robustLevel)) {
            List<Instant> openings = rules.openings(quiet.windows());
            assertFalse(
                    openings.stream()
                            .anyMatch(
                                    t ->
                                            Duration.between(spike, t)
                                                            .abs()
                                                            .compareTo(Duration.ofHours(2))
                                                    < 0),
                    "one window of 150 on a key of 2 opened " + openings);
        }
    }

    @Test
    void aSpikeThatOpenedNothingHidesTheNextOnsetUnlessTheLevelIsClipped() {
        SyntheticSeries aftershock = SyntheticSeries.aftershock();
        SyntheticSeries.Anomaly burst = aftershock.anomalies().get(0);
        Instant onset = aftershock.start(burst.onset());
        Instant over = aftershock.start(burst.onset() + burst.length());
        for (boolean record : new boolean[] {false, true}) {
            for (String clipZ : new String[] {"0", "4"}) {
                Map<String, String> lines = new java.util.HashMap<>();
                lines.put("  clipZ: " + SHIPPED_CLIP_Z, "  clipZ: " + clipZ);
                if (!record) {
                    lines.put(SHIPPED_RECORD, "");
                }
                List<Instant> openings = shippedWith(lines).openings(aftershock.windows());
                boolean seen =
                        openings.stream().anyMatch(t -> t.isAfter(onset) && t.isBefore(over));
                // Learnt in full, the spike of 150 on a key of 2 still widens the spread three
                // hours on so far that a sixfold burst stays under it; clipped, the burst opens.
                // With the record, a burst smaller than a spike three hours old is no news either
                // way.
                assertEquals(
                        !record && !clipZ.equals("0"),
                        seen,
                        "record " + record + ", clipZ " + clipZ + ": " + openings);
            }
        }
    }

    /**
     * The record's blind spot closed: judged against the median of its hourly peaks instead of its
     * busiest in days, a key with a clipped level opens on the sixfold burst three hours after the
     * spike of 150, and not on the spike itself. The robust level is a condition beside the usual
     * level, not in place of it: learnt in full, the spike still widens the usual spread past the
     * burst.
     */
    @Test
    void aRobustLevelSeesTheBurstThatTheRecordMisses() {
        SyntheticSeries aftershock = SyntheticSeries.aftershock();
        SyntheticSeries.Anomaly burst = aftershock.anomalies().get(0);
        Instant onset = aftershock.start(burst.onset());
        Instant over = aftershock.start(burst.onset() + burst.length());
        for (String clipZ : new String[] {"0", "4"}) {
            List<Instant> openings =
                    shippedWith(
                                    Map.of(
                                            "  clipZ: " + SHIPPED_CLIP_Z,
                                            "  clipZ: " + clipZ,
                                            SHIPPED_RECORD,
                                            ROBUST_LEVEL))
                            .openings(aftershock.windows());
            List<Instant> expected =
                    openings.stream().filter(t -> t.isAfter(onset) && t.isBefore(over)).toList();
            assertEquals(clipZ.equals("0") ? 0 : 1, expected.size(), "clipZ " + clipZ);
            assertEquals(expected, openings, "clipZ " + clipZ + ": nothing but the burst opens");
        }
    }

    /**
     * A burst most of a week after a bigger one: a week's record that counts every hour in full
     * misses it; the shipped one, whose hours fade after four days, opens on it and says why in
     * figures, and on the first burst, and on nothing else.
     */
    @Test
    void aFadingRecordSeesABurstMostOfAWeekAfterABiggerOne() {
        SyntheticSeries echo = SyntheticSeries.echo();
        List<Instant> onsets = echo.anomalies().stream().map(a -> echo.start(a.onset())).toList();
        Backtest sharp = shippedWith(Map.of(SHIPPED_RECORD, "    busiestIn: P7D"));
        assertEquals(
                1, sharp.openings(echo.windows()).size(), "the week's record hides the second");
        List<Alert> opened =
                shipped.alerts(echo.windows()).stream()
                        .filter(a -> a.state() == AlertState.OPEN)
                        .toList();
        assertEquals(2, opened.size(), opened.toString());
        for (int k = 0; k < 2; k++) {
            Instant at = opened.get(k).openedAt();
            assertTrue(
                    at.isAfter(onsets.get(k))
                            && at.isBefore(onsets.get(k).plus(Duration.ofHours(1))),
                    "opened at " + at);
        }
        assertTrue(
                opened.get(1).headline().contains("days ago, counted at"),
                opened.get(1).headline());
    }

    @Test
    void theSeriesAreTheSameInEveryRun() {
        SyntheticSeries s = SyntheticSeries.all().get(0);
        assertEquals(java.util.Arrays.toString(s.counts()), java.util.Arrays.toString(s.counts()));
        assertEquals(s.windows(), s.windows());
    }

    private static SyntheticSeries series(String name) {
        return SyntheticSeries.all().stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
