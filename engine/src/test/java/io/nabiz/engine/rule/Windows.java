package io.nabiz.engine.rule;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.mention.Channel;
import io.nabiz.engine.window.IncidentKey;
import io.nabiz.engine.window.Sample;
import io.nabiz.engine.window.WindowStats;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds consecutive 5-minute windows of one key for rule tests. */
final class Windows {

    static final Duration SIZE = Duration.ofMinutes(5);
    static final Instant T0 = Instant.parse("2026-11-02T00:00:00Z");

    private final IncidentKey key;
    private int index;

    Windows(IncidentKey key) {
        this.key = key;
    }

    /**
     * Every alert {@code engine} gives one key that talks at about five mentions a window (4, 5, 6,
     * 5, …) for {@code calm} windows and then gets {@code counts}.
     */
    static List<Alert> alertsAfterCalm(RuleEngine engine, int calm, long... counts) {
        KeyHistory history = new KeyHistory();
        Windows windows = new Windows(new IncidentKey("acme", "delivery"));
        long[] noise = {4, 5, 6, 5};
        List<Alert> out = new ArrayList<>();
        for (int i = 0; i < calm + counts.length; i++) {
            long c = i < calm ? noise[i % noise.length] : counts[i - calm];
            engine.onWindow(history, windows.next(0, 0, c), false, KeyLevel.UNKNOWN)
                    .flatMap(Judgement::alert)
                    .ifPresent(out::add);
        }
        return out;
    }

    /** Skips windows in which nobody said anything. */
    void skip(int windows) {
        index += windows;
    }

    WindowStats next(long chat, long email, long social) {
        return next(chat, email, social, 0, Map.of(), null);
    }

    WindowStats next(
            long chat,
            long email,
            long social,
            long negative,
            Map<String, Long> terms,
            Sample loudestNegative) {
        Instant start = T0.plus(SIZE.multipliedBy(index++));
        long count = chat + email + social;
        TreeMap<String, Long> channels = new TreeMap<>();
        if (chat > 0) {
            channels.put(Channel.CHAT.wireName(), chat);
        }
        if (email > 0) {
            channels.put(Channel.EMAIL.wireName(), email);
        }
        if (social > 0) {
            channels.put(Channel.SOCIAL.wireName(), social);
        }
        Sample sample =
                new Sample(
                        "s" + index,
                        Channel.SOCIAL,
                        start,
                        "en",
                        -0.9,
                        10,
                        "Order 12345 is late and nobody answers",
                        1);
        return new WindowStats(
                key,
                start,
                start.plus(SIZE),
                count,
                negative,
                social * 100,
                count,
                channels,
                new TreeMap<>(),
                new TreeMap<>(terms),
                count == 0 ? new ArrayList<>() : new ArrayList<>(List.of(sample)),
                loudestNegative);
    }
}
