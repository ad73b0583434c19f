package io.nabiz.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Behaviour of the shipped models on messages whose reading any native speaker agrees on. */
class MentionAnalyzerTest {

    private static MentionAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = MentionAnalyzer.loadDefault();
    }

    private static Sentiment tr(String text) {
        return analyzer.analyze(text, "tr").sentiment();
    }

    @ParameterizedTest
    @ValueSource(strings = {"gelmedi", "beğenmedim", "çalışmıyor", "Siparişim hala gelmedi"})
    void turkishNegatedVerbsAreNegative(String text) {
        assertEquals(SentimentLabel.NEGATIVE, tr(text).label(), text);
    }

    @Test
    void degilTurnsPraiseAround() {
        assertEquals(SentimentLabel.POSITIVE, tr("güzel").label());
        assertNotEquals(SentimentLabel.POSITIVE, tr("güzel değil").label());
        assertTrue(tr("güzel değil").score() < 0);
    }

    @Test
    void noProblemIsNotAComplaint() {
        assertNotEquals(SentimentLabel.NEGATIVE, tr("sorun yok").label());
        assertTrue(tr("sorun yok").score() > tr("sorun var").score());
        assertNotEquals(SentimentLabel.NEGATIVE, tr("hiç sorun yaşamadım").label());
        assertTrue(tr("hiç sorun yaşamadım").score() > 0);
        assertEquals(SentimentLabel.POSITIVE, tr("Kargo hızlı geldi, hiç sorun yaşamadım").label());
    }

    @Test
    void diacriticFreeTurkishScoresLikeTheProperSpelling() {
        assertEquals(tr("çok kötü"), tr("cok kotu"));
        assertEquals(SentimentLabel.NEGATIVE, tr("cok kotu").label());
    }

    @Test
    void germanNotArrivedIsNegative() {
        Analysis a = analyzer.analyze("Mein Paket ist nicht angekommen", null);
        assertEquals("de", a.lang());
        assertEquals(SentimentLabel.NEGATIVE, a.sentiment().label());
        assertEquals(List.of("delivery"), a.aspects());
    }

    @Test
    void emojiOnlyMessagesCarrySentimentWithoutALanguage() {
        Analysis angry = analyzer.analyze("😡😡", null);
        assertEquals(Analysis.UNKNOWN_LANGUAGE, angry.lang());
        assertEquals(SentimentLabel.NEGATIVE, angry.sentiment().label());
        Analysis thumbs = analyzer.analyze("ok 👍", null);
        assertEquals(Analysis.UNKNOWN_LANGUAGE, thumbs.lang());
        assertEquals(SentimentLabel.POSITIVE, thumbs.sentiment().label());
    }

    @Test
    void findsAspectsAndCuesAcrossLanguages() {
        Analysis de =
                analyzer.analyze("Die Lieferverzögerung ist eine Frechheit, ich kündige!", null);
        assertEquals(List.of("delivery"), de.aspects());
        assertEquals(List.of("churn", "escalation"), de.cues());
        Analysis tr =
                analyzer.analyze("Faturama fazla ücret yansıtıldı, avukatıma gideceğim", null);
        assertEquals("tr", tr.lang());
        assertEquals(List.of("billing"), tr.aspects());
        assertEquals(List.of("legal"), tr.cues());
        Analysis en = analyzer.analyze("I appreciate the quick reply", "en");
        assertEquals(List.of(), en.aspects());
    }

    @Test
    void explainListsNegationMarkedStemsAndAnalyzeDoesNot() {
        assertEquals(List.of("!gel"), analyzer.explain("gelmedi", "tr").tokens());
        assertEquals(List.of(), analyzer.analyze("gelmedi", "tr").tokens());
    }

    @Test
    void emptyTextIsUndeterminedAndNeutral() {
        Analysis a = analyzer.analyze("", null);
        assertEquals(Analysis.UNKNOWN_LANGUAGE, a.lang());
        assertEquals(SentimentLabel.NEUTRAL, a.sentiment().label());
        assertEquals(List.of(), a.aspects());
    }
}
