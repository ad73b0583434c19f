package io.nabiz.engine.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PiiMaskerTest {

    @Test
    void masksEveryKindInOneText() {
        assertEquals(
                "Yazın: [email], tel [phone], IBAN [iban], kart [card], TC [tckn], Steuer-ID"
                        + " [taxid], link https://k.example/t?token=[token]",
                PiiMasker.mask(
                        "Yazın: ayse.yilmaz@example.com.tr, tel +90 532 123 45 67, IBAN TR33"
                                + " 0006 1005 1978 6457 8413 26, kart 4111 1111 1111 1111, TC"
                                + " 10000000146, Steuer-ID 86095742719, link"
                                + " https://k.example/t?token=a8F3kQ9zL2mX7vB1nC4d"));
    }

    @Test
    void theEarlierKindWinsWhereTwoClaimTheSameCharacters() {
        // The address in the query is one URL secret, not an e-mail inside a URL secret.
        assertEquals(
                "https://x.example/r?mail=[email]",
                PiiMasker.mask("https://x.example/r?mail=jane@example.org"));
        // An IBAN's digits are not also a phone number or a card.
        assertEquals("[iban]", PiiMasker.mask("DE89 3704 0044 0532 0130 00"));
    }

    @Test
    void leavesOrdinaryNumbersAlone() {
        for (String text :
                new String[] {
                    "Siparişim 5 gündür gelmedi, 2 kez aradım",
                    "Order 123456 is late",
                    "Kargo nerede? Sipariş numaram 553369, hala teslim edilmedi",
                    "TC kimlik 12345678901 ile kayıt",
                    "Rechnung 2026-11-20 über 49,99 €",
                }) {
            assertEquals(text, PiiMasker.mask(text));
        }
    }

    @Test
    void maskingTwiceChangesNothing() {
        String once = PiiMasker.mask("mail ayse@example.com, tel 0532 123 45 67");
        assertEquals(once, PiiMasker.mask(once));
    }

    @Test
    void hostileTextStaysCheap() {
        String digits = "1 ".repeat(10_000);
        String ats = "a@".repeat(10_000);
        String masked = PiiMasker.mask(digits + ats);
        assertEquals(digits.length() + ats.length(), masked.length());
        assertTrue(PiiMasker.mask("x".repeat(20_000) + "@example.com").endsWith("[email]"));
    }
}
