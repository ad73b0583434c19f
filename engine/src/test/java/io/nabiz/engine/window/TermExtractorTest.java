package io.nabiz.engine.window;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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
}
