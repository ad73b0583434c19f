package io.nabiz.engine.window;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TermExtractorTest {

    @Test
    void placeholdersLinksAndHandlesGiveNoTerms() {
        assertEquals(
                List.of("kargo", "nerede", "telefon", "yazın"),
                TermExtractor.terms(
                        "Kargo nerede? [email] yazın, telefon [phone] @ayse_yilmaz"
                                + " https://kargo.example/takip?token=[token]",
                        "tr"));
    }

    @Test
    void turkishWordsAreLowerCasedTheTurkishWay() {
        assertEquals(List.of("istanbul", "ısrarla"), TermExtractor.terms("İSTANBUL ISRARLA", "tr"));
    }

    @Test
    void eachTermOnceInAlphabeticalOrder() {
        // "where" is a function word.
        assertEquals(
                List.of("delivery", "late", "parcel"),
                TermExtractor.terms("Where is my parcel? Delivery late, parcel LATE, where", "en"));
        assertEquals(List.of(), TermExtractor.terms("ab cd efg, ein Tag", "de"));
    }

    @Test
    void withoutEitherCapitalITurkishCasingIsTheRootLocales() {
        // Why a Turkish text without "I" or "İ" may take the root locale's faster lower-casing.
        String alphabet =
                "abcçdefgğhıijklmnoöprsştuüvyzABCÇDEFGĞHJKLMNOÖPRSŞTUÜVYZÄßΣσ\u0307 .,!?@[]#😡";
        int[] codePoints = alphabet.codePoints().toArray();
        Random random = new Random(11);
        Locale turkish = Locale.forLanguageTag("tr");
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int len = random.nextInt(40); len > 0; len--) {
                text.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
            }
            String t = text.toString();
            assertEquals(t.toLowerCase(turkish), t.toLowerCase(Locale.ROOT), t);
        }
    }
}
