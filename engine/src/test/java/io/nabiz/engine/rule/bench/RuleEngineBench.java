package io.nabiz.engine.rule.bench;

import io.nabiz.engine.alert.Playbooks;
import io.nabiz.engine.mention.Channel;
import io.nabiz.engine.rule.BrandJudge;
import io.nabiz.engine.rule.KeyHistory;
import io.nabiz.engine.rule.RuleEngine;
import io.nabiz.engine.rule.RuleSetLoader;
import io.nabiz.engine.window.IncidentKey;
import io.nabiz.engine.window.Sample;
import io.nabiz.engine.window.WindowStats;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The rule engine alone, on one thread, over a generated long tail of sparse keys: many brands
 * mentioned a few times an hour, so nearly every mention is a window of its own key and most keys
 * were silent for a while before it. This is the rule operator's work in a replay without Flink
 * around it. Figures are CPU time of this thread per judged window, so a busy machine changes them
 * little. Run with {@code scripts/bench-rules}; it prints figures and asserts nothing.
 *
 * <pre>java … RuleEngineBench [brands=2000] [days=7] [perWindow=120] [rounds=5]</pre>
 */
public final class RuleEngineBench {

    private static final Duration WINDOW = Duration.ofMinutes(5);
    private static final Instant T0 = Instant.parse("2026-10-05T00:00:00Z");
    private static final String[] ASPECTS = {
        IncidentKey.GENERAL, "delivery", "billing", "app", "support", "price"
    };
    private static final int VOCABULARY = 3000;
    private static final int MAX_TERMS = 8;

    private RuleEngineBench() {}

    public static void main(String[] args) throws Exception {
        Map<String, Integer> opts =
                new HashMap<>(Map.of("brands", 2000, "days", 7, "perWindow", 120, "rounds", 5));
        for (String a : args) {
            String[] kv = a.split("=", 2);
            opts.put(kv[0], Integer.parseInt(kv[1]));
        }
        List<Batch> batches =
                generate(opts.get("brands"), opts.get("days"), opts.get("perWindow"), 42);
        long windows = batches.stream().mapToLong(b -> b.now.size()).sum();
        long mentions = batches.stream().mapToLong(b -> b.mentions).sum();
        System.out.printf(
                "%,d brands, %,d mentions, %,d key windows over %d days%n",
                opts.get("brands"), mentions, windows, opts.get("days"));
        RuleEngine engine = new RuleEngine(RuleSetLoader.loadDefault(), Playbooks.loadDefault());
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double[] perWindow = new double[opts.get("rounds")];
        long judged = 0;
        for (int r = 0; r < perWindow.length; r++) {
            Map<String, Map<String, KeyHistory>> state = new HashMap<>();
            long start = cpu.getCurrentThreadCpuTime();
            judged = 0;
            for (Batch b : batches) {
                Map<String, KeyHistory> h = state.computeIfAbsent(b.brand, x -> new TreeMap<>());
                // A fresh map each round: the engine adds silent keys with open incidents to it.
                judged +=
                        BrandJudge.judge(engine, b.brand, b.end, new TreeMap<>(b.now), histories(h))
                                .judgements()
                                .size();
            }
            perWindow[r] = (cpu.getCurrentThreadCpuTime() - start) / 1e3 / windows;
            System.out.printf(
                    "round %d: %.2f µs CPU per key window, %.2f per mention%n",
                    r + 1, perWindow[r], perWindow[r] * windows / mentions);
        }
        double[] sorted = perWindow.clone();
        Arrays.sort(sorted);
        System.out.printf(
                "rules_us_per_window best %.2f median %.2f (%,d judged windows per round)%n",
                sorted[0], sorted[sorted.length / 2], judged);
    }

    /** One brand's keys with mentions in one window. */
    private record Batch(
            String brand, Instant end, TreeMap<String, WindowStats> now, long mentions) {}

    private static List<Batch> generate(int brands, int days, int perWindow, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] brandWeights = zipf(brands);
        double[] termWeights = zipf(VOCABULARY);
        long windows = Duration.ofDays(days).dividedBy(WINDOW);
        List<Batch> batches = new ArrayList<>();
        for (long t = 0; t < windows; t++) {
            Instant start = T0.plus(WINDOW.multipliedBy(t));
            // A daily cycle: nights have a third of the day's mentions.
            double hour = (t % (Duration.ofDays(1).dividedBy(WINDOW))) / 12.0;
            int mentions =
                    (int) (perWindow * (0.66 + 0.34 * Math.sin((hour - 9) / 24 * 2 * Math.PI)));
            TreeMap<String, Map<String, List<Integer>>> byBrand = new TreeMap<>();
            for (int m = 0; m < mentions; m++) {
                String brand = "brand" + pick(brandWeights, random);
                String aspect = ASPECTS[random.nextInt(ASPECTS.length)];
                byBrand.computeIfAbsent(brand, b -> new TreeMap<>())
                        .computeIfAbsent(aspect, a -> new ArrayList<>())
                        .add(m);
            }
            for (Map.Entry<String, Map<String, List<Integer>>> b : byBrand.entrySet()) {
                TreeMap<String, WindowStats> now = new TreeMap<>();
                List<WindowStats> aspects = new ArrayList<>();
                long total = 0;
                for (Map.Entry<String, List<Integer>> a : b.getValue().entrySet()) {
                    WindowStats w =
                            window(
                                    new IncidentKey(b.getKey(), a.getKey()),
                                    start,
                                    a.getValue().size(),
                                    termWeights,
                                    random);
                    now.put(w.key().path(), w);
                    aspects.add(w);
                    total += w.count();
                }
                WindowStats all =
                        window(
                                new IncidentKey(b.getKey(), IncidentKey.BRAND_WIDE),
                                start,
                                total,
                                termWeights,
                                random);
                now.put(all.key().path(), all);
                batches.add(new Batch(b.getKey(), start.plus(WINDOW), now, total));
            }
        }
        return batches;
    }

    private static WindowStats window(
            IncidentKey key, Instant start, long count, double[] termWeights, SplittableRandom r) {
        long negative = 0;
        long social = 0;
        TreeMap<String, Long> terms = new TreeMap<>();
        for (int m = 0; m < count; m++) {
            negative += r.nextDouble() < 0.3 ? 1 : 0;
            social += r.nextDouble() < 0.7 ? 1 : 0;
            for (int i = 0; i < 3 + r.nextInt(3); i++) {
                terms.merge("term" + pick(termWeights, r), 1L, Long::sum);
            }
        }
        TreeMap<String, Long> top = new TreeMap<>();
        terms.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(MAX_TERMS)
                .forEach(e -> top.put(e.getKey(), e.getValue()));
        TreeMap<String, Long> channels = new TreeMap<>();
        if (social > 0) {
            channels.put(Channel.SOCIAL.wireName(), social);
        }
        if (count > social) {
            channels.put(Channel.CHAT.wireName(), count - social);
        }
        Sample sample =
                new Sample(
                        key.path() + start,
                        Channel.SOCIAL,
                        start,
                        "en",
                        -0.6,
                        120,
                        "the order is late again and nobody answers",
                        1);
        return new WindowStats(
                key,
                start,
                start.plus(WINDOW),
                count,
                negative,
                social * 150,
                count,
                channels,
                new TreeMap<>(),
                top,
                new ArrayList<>(List.of(sample)),
                negative > 0 ? sample : null);
    }

    /** Cumulative Zipf weights, s = 1. */
    private static double[] zipf(int n) {
        double[] c = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1.0 / (i + 1);
            c[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            c[i] /= sum;
        }
        return c;
    }

    private static int pick(double[] cumulative, SplittableRandom r) {
        int i = Arrays.binarySearch(cumulative, r.nextDouble());
        return Math.min(cumulative.length - 1, i < 0 ? -i - 1 : i);
    }

    private static BrandJudge.Histories histories(Map<String, KeyHistory> h) {
        return new BrandJudge.Histories() {
            @Override
            public KeyHistory get(String path) {
                return h.get(path);
            }

            @Override
            public void put(String path, KeyHistory history) {
                h.put(path, history);
            }

            @Override
            public Iterable<Map.Entry<String, KeyHistory>> entries() {
                return h.entrySet();
            }
        };
    }
}
