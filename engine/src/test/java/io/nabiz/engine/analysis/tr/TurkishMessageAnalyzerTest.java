package io.nabiz.engine.analysis.tr;

import static io.nabiz.engine.analysis.AnalyzerAssertions.assertStems;
import static io.nabiz.engine.analysis.AnalyzerAssertions.assertSurfaces;
import static io.nabiz.engine.analysis.AnalyzerAssertions.terms;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nabiz.engine.analysis.sentiment.FeatureSettings;
import io.nabiz.engine.analysis.sentiment.Featurizer;
import org.junit.jupiter.api.Test;

class TurkishMessageAnalyzerTest {

    private final TurkishMessageAnalyzer analyzer = new TurkishMessageAnalyzer();

    @Test
    void turkishCasingForDottedAndDotlessI() {
        // Root-locale lower-casing would give "i̇stanbul" (i + U+0307) and keep "ISRAR" as "israr"
        // only by accident; Turkish rules give ı, which folding then maps to i.
        assertSurfaces(analyzer, "İSTANBUL ISRAR", "istanbul", "israr");
        assertSurfaces(analyzer, "I\u0307STANBUL", "istanbul");
        assertSurfaces(analyzer, "ısrar", "israr");
    }

    @Test
    void apostropheSuffixesAreDropped() {
        assertSurfaces(analyzer, "Ankara'da Turkcell'in", "ankara", "turkcell");
    }

    @Test
    void diacriticFreeWritingMeetsTheSameFeatures() {
        assertSurfaces(analyzer, "cok kotu", "cok", "kotu");
        assertSurfaces(analyzer, "çok kötü", "cok", "kotu");
        Featurizer featurizer =
                Featurizer.load(
                        "tr", analyzer, new FeatureSettings(18, 3, 5, true, true, true, true));
        assertEquals(
                featurizer.features(terms(analyzer, "çok kötü")).canonical(),
                featurizer.features(terms(analyzer, "cok kotu")).canonical());
        assertSurfaces(analyzer, "hâlâ", "hala");
    }

    @Test
    void verbalNegationIsReadBeforeStemming() {
        assertStems(analyzer, "gelmedi", "!gel");
        assertStems(analyzer, "beğenmedim", "!begen");
        assertStems(analyzer, "çalışmıyor", "!calis");
        assertStems(analyzer, "olmaz", "!ol");
        assertStems(analyzer, "geldi", "geldi");
    }

    @Test
    void particlesNegateTheWordBefore() {
        assertStems(analyzer, "güzel değil", "!guzel", "degil");
        assertStems(analyzer, "sorun yok", "!sorun", "yok");
    }

    @Test
    void negatedVerbReachesBackOverIntensifiers() {
        assertStems(analyzer, "hiç sorun yaşamadım", "hic", "!sorun", "!yasa");
        // A clause boundary stops the scope.
        assertStems(analyzer, "sorun, yaşamadım", "sorun", ",", "!yasa");
    }

    @Test
    void privativeSuffixNegatesItsRoot() {
        assertStems(analyzer, "sorunsuz", "!sorun");
    }

    @Test
    void elongationAndEmptyInput() {
        assertSurfaces(analyzer, "çoook güzeeel", "cok", "guzel");
        assertSurfaces(analyzer, "");
    }
}
