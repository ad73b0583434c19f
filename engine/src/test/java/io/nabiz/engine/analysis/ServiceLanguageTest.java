package io.nabiz.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The readings a customer-service team meets daily, in Turkish, German and English: litotes,
 * questions and requests, thanks for a solved problem, sarcasm, threats, inflected and compound
 * aspects and cues, and masked personal data.
 */
class ServiceLanguageTest {

    private static MentionAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = MentionAnalyzer.loadDefault();
    }

    private static Analysis read(String lang, String text) {
        return analyzer.analyze(text, lang);
    }

    private static SentimentLabel label(String lang, String text) {
        return read(lang, text).sentiment().label();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "tr|hiç de kötü değil",
                "tr|Ürün hiç de kötü değil",
                "de|gar nicht so übel",
                "de|Der Service ist nicht schlecht",
                "en|not too bad",
                "en|The service wasn't bad at all"
            })
    void litotesIsApprovalNeverAComplaint(String lang, String litotes) {
        assertEquals(SentimentLabel.POSITIVE, label(lang, litotes), litotes);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "tr|kesinlikle almayın",
                "tr|Bu ürünü kesinlikle almayın, paranıza yazık",
                "tr|Sakın almayın",
                "tr|Bu firmadan uzak durun"
            })
    void adviceAgainstBuyingIsAComplaint(String lang, String text) {
        assertEquals(SentimentLabel.NEGATIVE, label(lang, text), text);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "tr|kargom ne zaman gelir?",
                "tr|Faturamı nereden görebilirim?",
                "tr|Lütfen siparişimin durumunu kontrol eder misiniz",
                "de|Wie kann ich meinen Tarif wechseln?",
                "de|Können Sie mir bitte die Sendungsnummer schicken",
                "de|Wann kommt meine Bestellung an?",
                "en|how do I update my card",
                "en|When will my order arrive?",
                "en|Could you please send me the tracking number"
            })
    void plainQuestionsAndRequestsAreNeutral(String lang, String text) {
        assertEquals(SentimentLabel.NEUTRAL, label(lang, text), text);
    }

    @Test
    void aWhyQuestionStaysAComplaint() {
        assertEquals(SentimentLabel.NEGATIVE, label("tr", "Neden kargom hâlâ gelmedi?"));
        assertEquals(SentimentLabel.NEGATIVE, label("en", "Why is my parcel still not here?"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "tr|sorunum halledildi, teşekkürler",
                "tr|Bağlantı sorunu çözüldü, internet artık sorunsuz çalışıyor",
                "de|läuft jetzt wieder, danke",
                "de|Das Problem mit der Rechnung wurde gelöst, vielen Dank",
                "en|all sorted now, thanks",
                "en|The login problem is fixed now, cheers"
            })
    void thanksForASolvedProblemIsNotAComplaint(String lang, String text) {
        assertNotEquals(SentimentLabel.NEGATIVE, label(lang, text), text);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "tr|sorunum hâlâ çözülmedi",
                "de|Das Problem ist immer noch nicht gelöst",
                "en|the problem is still not fixed"
            })
    void aProblemStillUnsolvedIsAComplaint(String lang, String text) {
        assertEquals(SentimentLabel.NEGATIVE, label(lang, text), text);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "tr|Günlerdir kargomu bekliyorum",
                "de|Ich warte seit drei Tagen auf meine Bestellung",
                "en|I have been on hold for an hour",
                "en|my order has been sitting at the depot for five days"
            })
    void timeSpentWaitingIsAComplaint(String lang, String text) {
        assertEquals(SentimentLabel.NEGATIVE, label(lang, text), text);
    }

    @Test
    void yearsAsACustomerAreNoWaiting() {
        assertEquals(
                SentimentLabel.POSITIVE,
                label("en", "I have been a customer for ten years and love it"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "tr|Harika, kargom üçüncü kez kayboldu 🙄",
                "de|Na toll, schon wieder kein Netz 🙄",
                "en|Great, my parcel is lost again 🙄"
            })
    void praiseFollowedByBadNewsIsSarcasm(String lang, String text) {
        assertEquals(SentimentLabel.NEGATIVE, label(lang, text), text);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "tr|Avukatımla görüşüp dava açacağım|legal",
                "tr|Aboneliğimi iptal ettireceğim|churn",
                "de|Ich habe meinen Anwalt eingeschaltet|legal",
                "de|Ich wechsle zur Konkurrenz|churn",
                "en|I've already spoken to my lawyer about this|legal",
                "en|I'm switching to another provider|churn"
            })
    void churnAndLegalThreatsAreComplaints(String lang, String text, String cue) {
        Analysis a = read(lang, text);
        assertTrue(a.cues().contains(cue), a.toString());
        assertEquals(SentimentLabel.NEGATIVE, a.sentiment().label(), text);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "tr|Aboneliğimden memnun değilim|account|",
                "tr|Faturalarımın hepsi yanlış|billing|",
                "tr|Sözleşmemi feshedeceğim|account|churn",
                "de|Die Handyrechnung ist zu hoch|billing|",
                "de|Die Grundgebühr wurde doppelt abgebucht|billing|",
                "de|Ich habe gestern gekündigt|''|churn",
                "de|Die Sammelklage läuft|''|legal",
                "en|I was overcharged on both invoices|billing|",
                "en|They cancelled my subscriptions|account|churn",
                "en|Deliveries keep arriving late|delivery|"
            })
    void inflectedAndCompoundAspectsAndCuesAreFound(
            String lang, String text, String aspect, String cue) {
        Analysis a = read(lang, text);
        assertEquals(aspect.isEmpty() ? List.of() : List.of(aspect), a.aspects(), text);
        assertEquals(cue == null ? List.of() : List.of(cue), a.cues(), text);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "tr|Lütfen bana dönüş yapın|Lütfen bana dönüş yapın [email] [phone]",
                "de|Bitte erstatten Sie mir den Betrag|Bitte erstatten Sie mir den Betrag [iban]",
                "en|Please refund the amount|Please refund the amount [card] [tckn]"
            })
    void maskedPersonalDataIsNeutral(String lang, String plain, String masked) {
        Analysis p = read(lang, plain);
        Analysis m = read(lang, masked);
        assertEquals(p.sentiment(), m.sentiment(), masked);
        assertEquals(p.aspects(), m.aspects(), masked);
        assertEquals(lang, analyzer.analyze(masked, null).lang(), masked);
    }
}
