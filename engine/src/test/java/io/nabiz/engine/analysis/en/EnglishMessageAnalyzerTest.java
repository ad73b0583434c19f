package io.nabiz.engine.analysis.en;

import static io.nabiz.engine.analysis.AnalyzerAssertions.assertStems;
import static io.nabiz.engine.analysis.AnalyzerAssertions.assertSurfaces;

import org.junit.jupiter.api.Test;

class EnglishMessageAnalyzerTest {

    private final EnglishMessageAnalyzer analyzer = new EnglishMessageAnalyzer();

    @Test
    void expandsNegativeContractions() {
        assertSurfaces(analyzer, "hasn't won't dont", "has", "not", "will", "not", "do", "not");
        assertSurfaces(analyzer, "I’m sure it's fine", "i", "sure", "it", "fine");
    }

    @Test
    void negationScopeEndsAtPunctuationAndButAndIsBounded() {
        assertStems(analyzer, "not good, great", "not", "!good", ",", "great");
        assertStems(analyzer, "not cheap but good", "not", "!cheap", "but", "good");
        assertStems(analyzer, "not a very good idea", "not", "!a", "!veri", "!good", "idea");
    }

    @Test
    void placeholdersAndHashtags() {
        assertSurfaces(
                analyzer,
                "@Acme #WorstServiceEver see https://t.co/x 100",
                "_user",
                "worst",
                "service",
                "ever",
                "see",
                "_url",
                "_num");
    }
}
