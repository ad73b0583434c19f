package io.nabiz.engine.rule.backtest;

import io.nabiz.engine.mention.Channel;
import io.nabiz.engine.window.IncidentKey;
import io.nabiz.engine.window.WindowStats;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.IntToDoubleFunction;

/**
 * The project's own stress series with known onsets: two weeks of 5-minute counts of one brand in
 * which only the volume changes, every mention negative with the same chance (30 %), as in the NAB
 * streams, so a rule that fires on the negative share fires on chance alone.
 *
 * <p>Labelled windows are placed the way NAB places them: centred on the onset, a tenth of the
 * series wide divided among its anomalies. The series are seeded, so every run sees the same
 * counts.
 *
 * @param name the series' short name, also its brand
 * @param rate the expected count of window {@code i}
 * @param anomalies the real anomalies, each labelled (unlabelled oddities are in {@code rate} only)
 * @param dispersion extra-Poisson noise: each window's rate is scaled by a gamma draw of this
 *     coefficient of variation (0: plain Poisson)
 */
public record SyntheticSeries(
        String name, IntToDoubleFunction rate, List<Anomaly> anomalies, double dispersion) {

    /** A real anomaly: the window it starts in and how many windows it lasts. */
    public record Anomaly(int onset, int length) {}

    public static final Duration WINDOW = Duration.ofMinutes(5);

    /** A Monday, so hour-of-week buckets line up with the days. */
    public static final Instant START = Instant.parse("2026-01-05T00:00:00Z");

    public static final int LENGTH = 14 * 288;

    /** The chance that any one mention is negative, in every window. */
    public static final double NEGATIVE_SHARE = 0.3;

    private static final int DAY = 288;
    private static final int HOUR = 12;

    /** A labelled window: the first and last window start inside it. */
    public record Label(Instant first, Instant last) {}

    /**
     * The stress cases: a slow ramp, a step, a burst on a daily cycle, a noisy small key, a quiet
     * key, a burst most of a week after a bigger one.
     */
    public static List<SyntheticSeries> all() {
        return List.of(
                new SyntheticSeries(
                        "RAMP",
                        i -> 40 * ramp(i, 9 * DAY + 8 * HOUR, 6 * HOUR, 2.0),
                        List.of(new Anomaly(9 * DAY + 8 * HOUR, 12 * HOUR)),
                        0.1),
                new SyntheticSeries(
                        "STEP",
                        i -> 30 * step(i, 9 * DAY + 15 * HOUR, 12 * HOUR, 1.5),
                        List.of(new Anomaly(9 * DAY + 15 * HOUR, 12 * HOUR)),
                        0.1),
                new SyntheticSeries(
                        "SEASON",
                        i -> daily(i) * (1 + burst(i, 10 * DAY + 14 * HOUR, 2 * HOUR, 3.0)),
                        List.of(new Anomaly(10 * DAY + 14 * HOUR, 2 * HOUR)),
                        0.1),
                new SyntheticSeries(
                        "NOISY",
                        i -> 3 * (1 + burst(i, 10 * DAY + 11 * HOUR, HOUR, 6.0)),
                        List.of(new Anomaly(10 * DAY + 11 * HOUR, HOUR)),
                        0.5),
                new SyntheticSeries(
                        "QUIET",
                        i ->
                                (i == 6 * DAY + 3 * HOUR ? 150 : 2)
                                        * (1 + burst(i, 11 * DAY + 10 * HOUR, HOUR, 6.0)),
                        List.of(new Anomaly(11 * DAY + 10 * HOUR, HOUR)),
                        0.2),
                echo());
    }

    /**
     * A steady key of 20 a window with two real bursts for an hour: tenfold, then sixfold five days
     * and 19 hours later, inside a week of the first. A record of a week that counts every hour in
     * full ({@code busiestIn: P7D}) is blind to the second, a faded one ({@code fadesAfter}) and
     * one of five days are not.
     */
    public static SyntheticSeries echo() {
        return new SyntheticSeries(
                "ECHO",
                i ->
                        20
                                * (1
                                        + burst(i, 3 * DAY + 10 * HOUR, HOUR, 9.0)
                                        + burst(i, 9 * DAY + 5 * HOUR, HOUR, 5.0)),
                List.of(
                        new Anomaly(3 * DAY + 10 * HOUR, HOUR),
                        new Anomaly(9 * DAY + 5 * HOUR, HOUR)),
                0.1);
    }

    /**
     * A quiet key whose single unlabelled spike of 150 comes three hours before a real sixfold
     * burst. A level that learnt the spike in full still has too wide a spread to see the burst; a
     * clipped one ({@code clipZ}) sees it. Not one of {@link #all}: the burst is smaller than the
     * spike, so a rule that asks for the busiest span in days ({@code busiestIn}) does not open on
     * it whatever the level, by design.
     */
    public static SyntheticSeries aftershock() {
        return new SyntheticSeries(
                "AFTERSHOCK",
                i ->
                        (i == 8 * DAY + 2 * HOUR ? 150 : 2)
                                * (1 + burst(i, 8 * DAY + 5 * HOUR, HOUR, 6.0)),
                List.of(new Anomaly(8 * DAY + 5 * HOUR, HOUR)),
                0.2);
    }

    /**
     * A noisy key of 30 a window (overdispersed: about three times as noisy as chance, so a noise
     * hold confirms over three windows) that jumps to {@code by} + 1 times that level and stays
     * there, unevenly, for two hours: a rise that is high at once and then no higher. Not one of
     * {@link #all}: it tells apart two ways of confirming, not a detector from none.
     */
    public static SyntheticSeries plateau(double by) {
        return new SyntheticSeries(
                "PLATEAU",
                i -> 30 * step(i, 9 * DAY + 10 * HOUR, 2 * HOUR, by),
                List.of(new Anomaly(9 * DAY + 10 * HOUR, 2 * HOUR)),
                0.3);
    }

    /**
     * Pure noise whose expected count follows a daily cycle between 15 and 40 a window, the counts
     * on which a steady negative share swings furthest by chance: 14 of 20 negative happens now and
     * then at 30 %. Nothing here is an incident, of volume or of sentiment.
     */
    public static SyntheticSeries steadyShare(String name) {
        return new SyntheticSeries(
                name, i -> 27.5 + 12.5 * Math.sin(2 * Math.PI * (i % DAY) / DAY), List.of(), 0);
    }

    /** Pure noise at a steady expected count: nothing here is an incident. */
    public static SyntheticSeries steady(String name, double rate, double dispersion) {
        return new SyntheticSeries(name, i -> rate, List.of(), dispersion);
    }

    /**
     * 1 before {@code from}, rising linearly by {@code by} over {@code over} windows, held for as
     * long, then 1.
     */
    private static double ramp(int i, int from, int over, double by) {
        if (i < from || i >= from + 2 * over) {
            return 1;
        }
        return 1 + by * Math.min(1.0, (i - from) / (double) over);
    }

    private static double step(int i, int from, int length, double by) {
        return i >= from && i < from + length ? 1 + by : 1;
    }

    /** 0 outside, rising over a quarter of {@code length} to {@code by}, then holding. */
    private static double burst(int i, int from, int length, double by) {
        if (i < from || i >= from + length) {
            return 0;
        }
        return by * Math.min(1.0, (i - from + 1) / (length / 4.0));
    }

    /** A daily cycle between 10 at night and 70 in the evening. */
    private static double daily(int i) {
        double hour = (i % DAY) / (double) HOUR;
        return 40 + 30 * Math.sin((hour - 12) / 24 * 2 * Math.PI);
    }

    public Instant start(int window) {
        return START.plus(WINDOW.multipliedBy(window));
    }

    /** The counts, seeded by the series' name. */
    public long[] counts() {
        Random random = new Random(name.hashCode());
        long[] counts = new long[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            double mean = rate.applyAsDouble(i);
            if (dispersion > 0) {
                mean *= gamma(random, 1 / (dispersion * dispersion));
            }
            counts[i] = poisson(random, mean);
        }
        return counts;
    }

    /** The brand-wide and {@code general} windows of the series, in judging order. */
    public List<WindowStats> windows() {
        long[] counts = counts();
        Random random = new Random(name.hashCode() * 31L + 1);
        List<WindowStats> out = new ArrayList<>();
        for (int i = 0; i < LENGTH; i++) {
            if (counts[i] == 0) {
                continue;
            }
            long negative = 0;
            for (long k = 0; k < counts[i]; k++) {
                negative += random.nextDouble() < NEGATIVE_SHARE ? 1 : 0;
            }
            for (String aspect : List.of(IncidentKey.GENERAL, IncidentKey.BRAND_WIDE)) {
                TreeMap<String, Long> channels = new TreeMap<>();
                channels.put(Channel.SOCIAL.wireName(), counts[i]);
                out.add(
                        new WindowStats(
                                new IncidentKey(name, aspect),
                                start(i),
                                start(i + 1),
                                counts[i],
                                negative,
                                counts[i] * 50,
                                counts[i],
                                channels,
                                new TreeMap<>(),
                                new TreeMap<>(),
                                new ArrayList<>(),
                                null));
            }
        }
        return out;
    }

    /** NAB's labelled windows: centred on each onset, a tenth of the series shared among them. */
    public List<Label> labels() {
        if (anomalies.isEmpty()) {
            return List.of();
        }
        int width = (int) (0.1 * LENGTH / anomalies.size());
        return anomalies.stream()
                .map(Anomaly::onset)
                .map(
                        o ->
                                new Label(
                                        start(Math.max(0, o - width / 2)),
                                        start(Math.min(LENGTH - 1, o + width / 2))))
                .toList();
    }

    private static long poisson(Random random, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 60) {
            return Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        long k = 0;
        for (double p = random.nextDouble(); p > limit; p *= random.nextDouble()) {
            k++;
        }
        return k;
    }

    /** A gamma draw of mean 1 and shape {@code shape} (Marsaglia and Tsang). */
    private static double gamma(Random random, double shape) {
        if (shape < 1) {
            return gamma(random, shape + 1) * Math.pow(random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = random.nextGaussian();
            double v = Math.pow(1 + c * x, 3);
            if (v > 0
                    && Math.log(random.nextDouble()) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v / shape;
            }
        }
    }
}
