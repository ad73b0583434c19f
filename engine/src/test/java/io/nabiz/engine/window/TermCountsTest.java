package io.nabiz.engine.window;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nabiz.engine.json.Json;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TermCountsTest {

    @Test
    void countsAsAMapOfTermsWould() {
        Random random = new Random(7);
        for (int round = 0; round < 50; round++) {
            TermCounts counts = new TermCounts();
            Map<String, Long> expected = new HashMap<>();
            int vocabulary = 1 + random.nextInt(3_000);
            for (int n = random.nextInt(5_000); n > 0; n--) {
                String term = "t" + random.nextInt(vocabulary);
                long by = 1 + random.nextInt(3);
                counts.add(term, by);
                expected.merge(term, by, Long::sum);
            }
            assertEquals(new TreeMap<>(expected), counts.toMap());
            assertEquals(expected.size(), counts.size());
            for (String term : expected.keySet()) {
                assertEquals(expected.get(term), counts.get(term));
            }
            assertEquals(0, counts.get("never"));
        }
    }

    @Test
    void termsSharingOneHashKeepTheirOwnCounts() {
        // "Aa" and "BB" share a hash, and so do all strings of eight of them: every term probes.
        TermCounts counts = new TermCounts();
        Map<String, Long> expected = new TreeMap<>();
        String[] parts = {"Aa", "BB"};
        for (int bits = 0; bits < 256; bits++) {
            StringBuilder term = new StringBuilder();
            for (int b = 0; b < 8; b++) {
                term.append(parts[(bits >> b) & 1]);
            }
            counts.add(term.toString(), bits + 1);
            expected.put(term.toString(), (long) bits + 1);
        }
        assertEquals(expected, counts.toMap());
    }

    @Test
    void addAllSumsAndACopyIsIndependent() {
        TermCounts a = TermCounts.of(Map.of("kargo", 2L, "fatura", 1L));
        TermCounts b = TermCounts.of(Map.of("kargo", 3L, "iade", 4L));
        TermCounts copy = a.copy();
        a.addAll(b);
        assertEquals(Map.of("kargo", 5L, "fatura", 1L, "iade", 4L), a.toMap());
        assertEquals(Map.of("kargo", 2L, "fatura", 1L), copy.toMap());
    }

    @Test
    void readsAndWritesJsonAsAnObjectOfCounts() throws Exception {
        TermCounts counts = TermCounts.of(Map.of("kargo", 2L, "rechnung", 7L));
        String json = Json.MAPPER.writeValueAsString(counts);
        assertEquals("{\"kargo\":2,\"rechnung\":7}", json);
        assertEquals(counts.toMap(), Json.MAPPER.readValue(json, TermCounts.class).toMap());
    }
}
