package io.nabiz.engine.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TermRatesTest {

    /** The rates as a sorted map, decayed term by term and sorted to forget: the plain form. */
    private static void learnPlain(
            TreeMap<String, Double> means, Map<String, Long> terms, double alpha) {
        means.replaceAll((term, mean) -> mean * (1 - alpha));
        terms.forEach((term, count) -> means.merge(term, alpha * count, Double::sum));
        if (means.size() > TermRates.MAX_TERMS) {
            means.entrySet().stream()
                    .sorted(
                            Map.Entry.<String, Double>comparingByValue()
                                    .thenComparing(Map.Entry.comparingByKey()))
                    .limit(means.size() - TermRates.MAX_TERMS)
                    .map(Map.Entry::getKey)
                    .toList()
                    .forEach(means::remove);
        }
    }

    @Test
    void learnsBitForBitWhatTheSortedMapLearnt() {
        SplittableRandom random = new SplittableRandom(7);
        for (int key = 0; key < 20; key++) {
            TermRates rates = new TermRates();
            TreeMap<String, Double> plain = new TreeMap<>();
            for (int window = 0; window < 400; window++) {
                // Warm start as the engine's: 1, 1/2, 1/3 … down to alpha; silent windows too.
                double alpha = Math.max(0.02, 1.0 / (window + 1));
                TreeMap<String, Long> terms = new TreeMap<>();
                int n = random.nextInt(4) == 0 ? 0 : random.nextInt(21);
                for (int i = 0; i < n; i++) {
                    // Small counts from a wide vocabulary: many equal means, so ties decide.
                    terms.put("t" + random.nextInt(400), 1L + random.nextInt(3));
                }
                rates.learn(terms, alpha);
                learnPlain(plain, terms, alpha);
                assertEquals(plain, rates.asMap(), "key " + key + ", window " + window);
            }
            assertEquals(Math.min(plain.size(), TermRates.MAX_TERMS), rates.size());
            assertEquals(plain, TermRates.of(rates.asMap()).asMap());
            assertEquals(plain, rates.copy().asMap());
        }
    }

    @Test
    void aTermNotRememberedIsUsuallyAbsent() {
        TermRates rates = new TermRates();
        rates.learn(new TreeMap<>(Map.of("iade", 4L)), 0.5);
        assertEquals(2.0, rates.usual("iade"));
        assertEquals(0.0, rates.usual("kargo"));
        rates.learn(new TreeMap<>(Map.of("kargo", 2L)), 0.5);
        assertEquals(1.0, rates.usual("iade"));
        assertEquals(1.0, rates.usual("kargo"));
    }
}
