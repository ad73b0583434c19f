package io.nabiz.engine.rule.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nabiz.engine.alert.Playbooks;
import io.nabiz.engine.rule.RuleSetLoader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped rules on the project's own stress series, where the truth is known. */
class SyntheticSeriesTest {

    private final Backtest shipped =
            new Backtest(RuleSetLoader.loadDefault(), Playbooks.loadDefault());

    @Test
    void pureNoiseOpensNothingAtAnyVolume() {
        for (double rate : new double[] {2, 8, 25, 80, 300}) {
            for (double dispersion : new double[] {0, 0.3}) {
                SyntheticSeries noise = SyntheticSeries.steady("N" + (int) rate, rate, dispersion);
                assertEquals(
                        List.of(),
                        shipped.openings(noise.windows()),
                        "steady " + rate + " per window, dispersion " + dispersion);
            }
        }
    }

    @Test
    void everyRealAnomalyOpensAnIncidentWhileItLasts() {
        for (SyntheticSeries s : SyntheticSeries.all()) {
            List<Instant> openings = shipped.openings(s.windows());
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
        SyntheticSeries quiet =
                SyntheticSeries.all().stream()
                        .filter(s -> s.name().equals("QUIET"))
                        .findFirst()
                        .orElseThrow();
        Instant spike = SyntheticSeries.START.plus(Duration.ofHours(6 * 24 + 3));
        List<Instant> openings = shipped.openings(quiet.windows());
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

    @Test
    void theSeriesAreTheSameInEveryRun() {
        SyntheticSeries s = SyntheticSeries.all().get(0);
        assertEquals(java.util.Arrays.toString(s.counts()), java.util.Arrays.toString(s.counts()));
        assertEquals(s.windows(), s.windows());
    }
}
