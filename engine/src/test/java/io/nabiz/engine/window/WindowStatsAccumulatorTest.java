package io.nabiz.engine.window;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nabiz.engine.json.Json;
import io.nabiz.engine.mention.Channel;
import io.nabiz.engine.mention.Survey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class WindowStatsAccumulatorTest {

    private static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");
    private static final IncidentKey KEY = new IncidentKey("acme", "delivery");

    private static AspectMention mention(String id, double score, String text) {
        return new AspectMention(
                KEY,
                id,
                Channel.CHAT,
                T0,
                text,
                Sample.nearDuplicateHash(text),
                "a-" + id,
                10,
                "tr",
                score,
                score < 0,
                new ArrayList<>(),
                new ArrayList<>(),
                null,
                null);
    }

    private static List<String> texts(WindowStats w) {
        return w.samples().stream().map(s -> s.count() + " " + s.text()).toList();
    }

    @Test
    void aCopyKeepsEveryFigureSurveysIncluded() {
        WindowStatsAccumulator acc = new WindowStatsAccumulator().add(mention("m1", -0.8, "late"));
        acc.add(
                new AspectMention(
                        KEY,
                        "s1",
                        Channel.SURVEY,
                        T0,
                        "never again",
                        Sample.nearDuplicateHash("never again"),
                        null,
                        0,
                        "en",
                        -0.9,
                        true,
                        new ArrayList<>(),
                        new ArrayList<>(),
                        "crm-1",
                        new Survey(2, 1)));
        WindowStats original = acc.toStats(KEY, T0, T0.plusSeconds(300));
        assertEquals(1, original.survey().detractors());
        assertEquals(original, acc.copy().toStats(KEY, T0, T0.plusSeconds(300)));
    }

    @Test
    void nearDuplicatesCollapseIntoOneSampleWithTheirCount() {
        WindowStatsAccumulator acc = new WindowStatsAccumulator();
        for (int i = 0; i < 4; i++) {
            acc.add(mention("k" + i, -0.5 - i * 0.01, "Kargo nerede? Sipariş numaram 55336" + i));
        }
        acc.add(mention("x", -0.9, "Paket kırık geldi"));
        acc.add(mention("y", -0.2, "kargo NEREDE sipariş numaram 1"));
        acc.add(mention("z", 0.4, "Teşekkürler, geldi"));
        WindowStats w = acc.toStats(KEY, T0, T0.plusSeconds(300));
        assertEquals(
                List.of(
                        "5 Kargo nerede? Sipariş numaram 553363",
                        "1 Paket kırık geldi",
                        "1 Teşekkürler, geldi"),
                texts(w));
        assertEquals(7, w.count());
    }

    @Test
    void aCopyGroupsNearDuplicatesApartFromItsOriginal() {
        WindowStatsAccumulator original = new WindowStatsAccumulator();
        original.add(mention("a", -0.5, "Kargo nerede? Sipariş numaram 1"));
        WindowStatsAccumulator copy = original.copy();
        // Each starts a second group of its own, then meets a near-duplicate of it.
        copy.add(mention("b", -0.6, "Fatura yanlış"));
        original.add(mention("c", -0.7, "Uygulama çöktü"));
        copy.add(mention("d", -0.6, "fatura yanlış!"));
        original.add(mention("e", -0.7, "uygulama çöktü!!"));
        copy.add(mention("f", -0.5, "kargo nerede sipariş numaram 2"));
        assertEquals(
                List.of("2 Fatura yanlış", "2 Kargo nerede? Sipariş numaram 1"),
                texts(copy.toStats(KEY, T0, T0.plusSeconds(300))));
        assertEquals(
                List.of("2 Uygulama çöktü", "1 Kargo nerede? Sipariş numaram 1"),
                texts(original.toStats(KEY, T0, T0.plusSeconds(300))));
    }

    @Test
    void fiveSamplesShowFiveDifferentComplaintsMostRepresentativeFirst() {
        WindowStatsAccumulator acc = new WindowStatsAccumulator();
        String[] complaints = {
            "Kargo gelmedi",
            "Fatura yanlış",
            "Uygulama çöktü",
            "Kimse cevap vermiyor",
            "Paket kırık",
            "Fiyat çok yüksek"
        };
        for (int c = 0; c < complaints.length; c++) {
            for (int copy = 0; copy <= c; copy++) {
                acc.add(mention(c + "-" + copy, -0.5, complaints[c] + " " + copy + "!"));
            }
        }
        WindowStats w = acc.toStats(KEY, T0, T0.plusSeconds(300));
        assertEquals(
                List.of(
                        "6 Fiyat çok yüksek 0!",
                        "5 Paket kırık 0!",
                        "4 Kimse cevap vermiyor 0!",
                        "3 Uygulama çöktü 0!",
                        "2 Fatura yanlış 0!"),
                texts(w));
    }

    @Test
    void mergingAndRestoringKeepTheGroups() throws Exception {
        WindowStatsAccumulator a = new WindowStatsAccumulator();
        WindowStatsAccumulator b = new WindowStatsAccumulator();
        a.add(mention("1", -0.5, "Kargo gelmedi 1"));
        b.add(mention("2", -0.7, "kargo gelmedi 2"));
        WindowStatsAccumulator restored =
                Json.MAPPER.readValue(
                        Json.MAPPER.writeValueAsBytes(a), WindowStatsAccumulator.class);
        restored.merge(b);
        restored.add(mention("3", -0.1, "Kargo gelmedi 3!!"));
        assertEquals(
                List.of("3 kargo gelmedi 2"),
                texts(restored.toStats(KEY, T0, T0.plusSeconds(300))));
    }

    @Test
    void aWindowOfAllDifferentTextsKeepsBoundedGroups() {
        WindowStatsAccumulator acc = new WindowStatsAccumulator();
        for (int i = 0; i < 1_000; i++) {
            acc.add(
                    mention(
                            "m" + i,
                            -0.001 * i,
                            "complaint " + Integer.toString(i, 26).replaceAll("\\d", "x")));
        }
        assertEquals(WindowStatsAccumulator.MAX_SAMPLE_GROUPS, acc.samples.size());
        assertEquals(WindowStatsAccumulator.MAX_SAMPLES, acc.toStats(KEY, T0, T0).samples().size());
    }

    /**
     * The groups as the map from key to slot that kept them before: random windows with many
     * near-duplicates and evictions, some starting from samples restored with repeated keys (state
     * written before samples were grouped).
     */
    @Test
    void groupsAsAMapOfKeysWould() {
        String[] words = {"Kargo", "kargo", "gelmedi", "Fatura", "yanlış", "İade", "iade", "yok"};
        Random random = new Random(16);
        for (int window = 0; window < 300; window++) {
            WindowStatsAccumulator acc = new WindowStatsAccumulator();
            ArrayList<Sample> expected = new ArrayList<>();
            HashMap<String, Integer> groups = new HashMap<>();
            if (window % 3 == 0) {
                for (int i = 0; i < 10; i++) {
                    Sample s =
                            Sample.of(mention("r" + i, -0.1 * i, random.nextBoolean() ? "a" : "b"));
                    acc.samples.add(s);
                    expected.add(s);
                    groups.put(Sample.nearDuplicateKey(s.text()), i);
                }
            }
            for (int n = 0; n < 400; n++) {
                StringBuilder text = new StringBuilder();
                for (int w = 1 + random.nextInt(3); w > 0; w--) {
                    text.append(words[random.nextInt(words.length)])
                            .append(random.nextInt(3) == 0 ? "! " : " ");
                }
                text.append(random.nextInt(1000));
                AspectMention m = mention("m" + n, random.nextInt(20) / 10.0 - 1, text.toString());
                acc.add(m);
                offer(Sample.of(m), expected, groups);
            }
            assertEquals(expected, acc.samples);
        }
    }

    /** The reported terms are the twenty most frequent, ties alphabetically, however many. */
    @Test
    void topTermsAreTheMostFrequentTiesAlphabetically() {
        Random random = new Random(20);
        for (int window = 0; window < 200; window++) {
            WindowStatsAccumulator acc = new WindowStatsAccumulator();
            int vocabulary = 1 + random.nextInt(60);
            for (int n = random.nextInt(300); n > 0; n--) {
                List<String> terms = new ArrayList<>();
                for (int t = random.nextInt(4); t > 0; t--) {
                    // A skewed draw: some terms frequent, many tied at a count or two.
                    terms.add("t" + (int) (vocabulary * Math.pow(random.nextDouble(), 2)));
                }
                acc.add(withTerms("m" + n, terms.stream().distinct().toList()));
            }
            Map<String, Long> expected = new TreeMap<>();
            acc.terms.toMap().entrySet().stream()
                    .sorted(
                            Map.Entry.<String, Long>comparingByValue()
                                    .reversed()
                                    .thenComparing(Map.Entry.comparingByKey()))
                    .limit(WindowStatsAccumulator.MAX_TERMS)
                    .forEach(e -> expected.put(e.getKey(), e.getValue()));
            assertEquals(expected, acc.toStats(KEY, T0, T0).terms());
        }
    }

    private static AspectMention withTerms(String id, List<String> terms) {
        AspectMention m = mention(id, -0.5, "text " + id);
        return new AspectMention(
                m.key(),
                m.id(),
                m.channel(),
                m.ts(),
                m.text(),
                m.nearDuplicateHash(),
                m.author(),
                m.reach(),
                m.lang(),
                m.sentimentScore(),
                m.negative(),
                m.cues(),
                terms,
                m.customer(),
                m.survey());
    }

    /** How samples were grouped with a map of their keys. */
    private static void offer(Sample s, List<Sample> samples, Map<String, Integer> groups) {
        String key = Sample.nearDuplicateKey(s.text());
        Integer at = groups.get(key);
        if (at != null) {
            samples.set(at, samples.get(at).joinedWith(s));
            return;
        }
        if (samples.size() < WindowStatsAccumulator.MAX_SAMPLE_GROUPS) {
            groups.put(key, samples.size());
            samples.add(s);
            return;
        }
        int least = 0;
        for (int i = 1; i < samples.size(); i++) {
            if (Sample.MOST_REPRESENTATIVE.compare(samples.get(i), samples.get(least)) > 0) {
                least = i;
            }
        }
        Sample evicted = samples.get(least);
        if (Sample.MOST_REPRESENTATIVE.compare(s, evicted) < 0) {
            groups.remove(Sample.nearDuplicateKey(evicted.text()));
            groups.put(key, least);
            samples.set(least, s);
        }
    }
}
