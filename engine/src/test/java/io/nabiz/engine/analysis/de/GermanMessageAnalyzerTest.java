package io.nabiz.engine.analysis.de;

import static io.nabiz.engine.analysis.AnalyzerAssertions.assertStems;
import static io.nabiz.engine.analysis.AnalyzerAssertions.assertSurfaces;

import org.junit.jupiter.api.Test;

class GermanMessageAnalyzerTest {

    private final GermanMessageAnalyzer analyzer = new GermanMessageAnalyzer();

    @Test
    void splitsCustomerExperienceCompounds() {
        assertSurfaces(analyzer, "Lieferverzögerung", "lieferverzogerung", "liefer", "verzogerung");
        assertSurfaces(analyzer, "Kundenservice", "kundenservice", "kunden", "service");
        assertSurfaces(analyzer, "Rechnungsbetrag", "rechnungsbetrag", "rechnung", "betrag");
    }

    @Test
    void normalisesUmlautsAndSharpS() {
        assertSurfaces(analyzer, "überhaupt ueberhaupt", "uberhaupt", "uberhaupt");
        assertSurfaces(analyzer, "Straße Strasse", "strasse", "strasse");
    }

    @Test
    void negationCoversTheFollowingWords() {
        assertStems(analyzer, "nicht angekommen", "nicht", "!angekomm");
        assertStems(analyzer, "kein Empfang. Toll", "kein", "!empfang", ".", "toll");
    }

    @Test
    void clauseFinalNegationCoversTheWordBefore() {
        assertStems(analyzer, "App funktioniert nicht", "app", "!funktioniert", "nicht");
    }

    @Test
    void compoundPartsShareTheirWordsNegation() {
        assertStems(
                analyzer,
                "keine Lieferverzögerung",
                "kein",
                "!lieferverzogerung",
                "!lief",
                "!verzogerung");
    }
}
