package io.nabiz.engine.analysis.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nabiz.engine.analysis.Analysis;
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
}
