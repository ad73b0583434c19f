package io.nabiz.jobs.serde;

import io.nabiz.engine.alert.Playbooks;
import io.nabiz.engine.rule.KeyHistory;
import io.nabiz.engine.rule.KeyLevel;
import io.nabiz.engine.rule.RuleEngine;
import io.nabiz.engine.rule.RuleSetLoader;
import io.nabiz.engine.window.IncidentKey;
import io.nabiz.engine.window.WindowStats;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Key histories as the rule engine leaves them after days of windows: a busy key with a daily
 * cycle, a key mentioned a few times a day, and a key whose spike opened an incident.
 */
public final class KeyHistories {

    private static final Duration WINDOW = Duration.ofMinutes(5);
    private static final Instant T0 = Instant.parse("2026-11-16T00:00:00Z");
    private static final long WINDOWS_A_DAY = Duration.ofDays(1).dividedBy(WINDOW);

    /** How often a key is talked about. */
    public enum Activity {
        /** Every window, 5 to 40 mentions following the time of day. */
        BUSY,
        /** A window with a mention or two every few hours. */
        SPARSE,
        /** Busy, then a tenfold spike in its last hour. */
        SPIKING
    }

    private final RuleEngine engine;

    /**
     * @param season the shipped rule set's baseline season ({@code none}, {@code hour-of-day},
     *     {@code hour-of-week} or {@code auto})
     */
    public KeyHistories(String season) {
        try {
            String yaml = shippedRules().replace("season: none", "season: " + season);
            Playbooks playbooks = Playbooks.loadDefault();
            this.engine = new RuleEngine(new RuleSetLoader(playbooks).parse(yaml), playbooks);
        } catch (RuleSetLoader.InvalidRulesException e) {
            throw new IllegalArgumentException("season " + season, e);
        }
    }

    /** A key's history after {@code days} of windows. */
    public KeyHistory after(Activity activity, int days, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        IncidentKey key = new IncidentKey("brand" + seed, "delivery");
        KeyHistory h = new KeyHistory();
        long windows = days * WINDOWS_A_DAY;
        for (long t = 0; t < windows; t++) {
            long count = count(activity, t, windows, random);
            if (count > 0) {
                engine.onWindow(h, window(key, t, count, random), false, KeyLevel.UNKNOWN);
            }
        }
        return h;
    }

    private static long count(Activity activity, long t, long windows, SplittableRandom random) {
        double hour = (t % WINDOWS_A_DAY) / 12.0;
        long busy =
                5
                        + Math.round(35 * (0.5 + 0.5 * Math.sin((hour - 9) / 24 * 2 * Math.PI)))
                        + random.nextInt(5);
        return switch (activity) {
            case BUSY -> busy;
            case SPARSE -> random.nextInt(40) == 0 ? 1 + random.nextInt(2) : 0;
            case SPIKING -> t >= windows - 12 ? 10 * busy : busy;
        };
    }

    private static WindowStats window(
            IncidentKey key, long t, long count, SplittableRandom random) {
        Instant start = T0.plus(WINDOW.multipliedBy(t));
        TreeMap<String, Long> terms = new TreeMap<>();
        for (int i = 0; i < Math.min(count, 8); i++) {
            terms.merge("term" + random.nextInt(300), 1 + count / 4, Long::sum);
        }
        TreeMap<String, Long> channels = new TreeMap<>();
        channels.put("social", (count + 1) / 2);
        if (count / 2 > 0) {
            channels.put("chat", count / 2);
        }
        return new WindowStats(
                key,
                start,
                start.plus(WINDOW),
                count,
                count / 3,
                count * 150,
                count,
                channels,
                new TreeMap<>(),
                terms,
                new ArrayList<>(),
                null);
    }

    /** All four seasons' histories of every activity after {@code days}. */
    public static List<KeyHistory> all(int days) {
        List<KeyHistory> all = new ArrayList<>();
        long seed = 1;
        for (String season : List.of("none", "hour-of-day", "hour-of-week", "auto")) {
            KeyHistories histories = new KeyHistories(season);
            for (Activity activity : Activity.values()) {
                all.add(histories.after(activity, days, seed++));
            }
        }
        return all;
    }

    private static String shippedRules() {
        try (InputStream in =
                KeyHistories.class.getResourceAsStream(RuleSetLoader.DEFAULT_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
