package io.nabiz.engine.analysis.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.nabiz.engine.analysis.Analysis;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageIdentifierTest {

    private static LanguageIdentifier identifier;

    @BeforeAll
    static void load() {
        identifier = LanguageIdentifier.loadDefault();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Siparişim üç gündür kargoda, hala gelmedi | tr",
                "Kargo hala gelmedi | tr",
                "Mein Paket ist immer noch nicht angekommen | de",
                "Die Rechnung ist viel zu hoch | de",
                "My package still hasn't arrived | en",
                "The app keeps crashing after the update | en"
            })
    void identifiesSupportedLanguages(String text, String lang) {
        assertEquals(lang, identifier.identify(text));
    }

    @Test
    void abstainsOnTooLittleEvidence() {
        assertEquals(Analysis.UNKNOWN_LANGUAGE, identifier.identify("ok 👍"));
        assertEquals(Analysis.UNKNOWN_LANGUAGE, identifier.identify("😡😡😡"));
        assertEquals(Analysis.UNKNOWN_LANGUAGE, identifier.identify(""));
        assertEquals(Analysis.UNKNOWN_LANGUAGE, identifier.identify("@acme https://t.co/x 123"));
    }

    /**
     * Per-word cached sums give the decision of a plain sum over every n-gram, on a small random
     * model (many words share a cache slot) and on texts that repeat words across messages.
     */
    @Test
    void cachedWordSumsDecideAsPerNgramSums() {
        Random random = new Random(7);
        int bits = 6;
        List<String> langs = List.of("tr", "de", "en");
        float[] logProbs = new float[(1 << bits) * langs.size()];
        for (int i = 0; i < logProbs.length; i++) {
            logProbs[i] = -2f - 4f * random.nextFloat();
        }
        LanguageIdentifier model = new LanguageIdentifier(langs, bits, logProbs);
        String letters = "abcçdeğıiöşüßäxyzAİI";
        for (int m = 0; m < 20_000; m++) {
            StringBuilder text = new StringBuilder();
            for (int w = random.nextInt(8); w >= 0; w--) {
                for (int c = 1 + random.nextInt(7); c > 0; c--) {
                    text.append(letters.charAt(random.nextInt(random.nextBoolean() ? 4 : 20)));
                }
                text.append(' ');
            }
            assertEquals(
                    reference(text, bits, langs, logProbs), model.identify(text), text::toString);
        }
    }

    private static String reference(
            CharSequence text, int bits, List<String> langs, float[] logProbs) {
        int l = langs.size();
        double[] sums = new double[l];
        int[] count = {0};
        int letters =
                LanguageEvidence.scan(
                        text,
                        bits,
                        b -> {
                            for (int i = 0; i < l; i++) {
                                sums[i] += logProbs[b * l + i];
                            }
                            count[0]++;
                        });
        if (letters < LanguageIdentifier.MIN_LETTERS || count[0] == 0) {
            return Analysis.UNKNOWN_LANGUAGE;
        }
        int best = 0;
        for (int i = 1; i < l; i++) {
            best = sums[i] > sums[best] ? i : best;
        }
        double second = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < l; i++) {
            second = i == best ? second : Math.max(second, sums[i]);
        }
        return (sums[best] - second) / count[0] < LanguageIdentifier.MIN_MARGIN
                ? Analysis.UNKNOWN_LANGUAGE
                : langs.get(best);
    }

    @Test
    void rejectsLogProbabilitiesThatCouldRoundLongSums() {
        float[] logProbs = new float[3 * 2];
        Arrays.fill(logProbs, -3f);
        logProbs[4] = -0.5f;
        assertThrows(
                IllegalArgumentException.class,
                () -> new LanguageIdentifier(List.of("tr", "de", "en"), 1, logProbs));
    }
}
