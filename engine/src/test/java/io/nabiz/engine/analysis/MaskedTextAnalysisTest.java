package io.nabiz.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nabiz.engine.privacy.PiiMasker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Analysis reads masked text: placeholders are tokens of their kind, never words. */
class MaskedTextAnalysisTest {

    private static MentionAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = MentionAnalyzer.loadDefault();
    }

    /**
     * The placeholders weigh nothing: a message reads the same with or without the personal data it
     * carries. (The raw digits did weigh: an IBAN read as six numbers.)
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "tr|Kargom hala gelmedi, çok kötü.|ayse.yilmaz@example.com.tr 0532 123 45 67",
                "tr|Kartımdan iki kez çekildi!|4111 1111 1111 1111 10000000146",
                "de|Rechnung falsch, zweimal abgebucht.|DE89 3704 0044 0532 0130 00 86095742719",
                "en|Still waiting for my delivery, really disappointed.|+44 20 7946 0958"
                        + " jane.doe@example.org",
                "en|Thanks, the parcel arrived today!|https://k.example/t?token=a8F3kQ9zL2mX7vB1nC4d",
            })
    void personalDataChangesNeitherSentimentNorAspects(String lang, String text, String data) {
        String masked = PiiMasker.mask(text + " " + data);
        Analysis without = analyzer.analyze(text, lang);
        Analysis with = analyzer.analyze(masked, lang);
        assertEquals(without.sentiment().label(), with.sentiment().label(), masked);
        assertEquals(without.aspects(), with.aspects(), masked);
        assertEquals(without.cues(), with.cues(), masked);
    }

    @ParameterizedTest
    @CsvSource({"en,my [card] and [email] were used", "tr,[card] ile ödedim [phone]"})
    void placeholdersAreTypedTokensNotWords(String lang, String text) {
        var tokens = analyzer.explain(text, lang).tokens();
        assertTrue(tokens.contains("_card"), tokens.toString());
        assertFalse(tokens.contains("card"), tokens.toString());
        assertFalse(tokens.stream().anyMatch(t -> t.contains("[")), tokens.toString());
    }
}
