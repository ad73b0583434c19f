package io.nabiz.engine.window;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nabiz.engine.json.Json;
import io.nabiz.engine.mention.Channel;
import io.nabiz.engine.mention.Survey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
}
