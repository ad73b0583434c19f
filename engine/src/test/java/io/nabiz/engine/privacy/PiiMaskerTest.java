package io.nabiz.engine.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PiiMaskerTest {

    @Test
    void masksContactAndPaymentDetails() {
        assertEquals(
                "Yazın: [email], tel [phone]",
                PiiMasker.mask("Yazın: ayse.yilmaz@example.com.tr, tel +90 532 123 45 67"));
        assertEquals(
                "IBAN [iban] bitte prüfen",
                PiiMasker.mask("IBAN DE89 3704 0044 0532 0130 00 bitte prüfen"));
        assertEquals(
                "card [card] charged twice",
                PiiMasker.mask("card 4111 1111 1111 1111 charged twice"));
        assertEquals("TC kimlik [id] ile kayıt", PiiMasker.mask("TC kimlik 12345678901 ile kayıt"));
    }

    @Test
    void leavesOrdinaryNumbersAlone() {
        assertEquals(
                "Siparişim 5 gündür gelmedi, 2 kez aradım",
                PiiMasker.mask("Siparişim 5 gündür gelmedi, 2 kez aradım"));
        assertEquals("Order 123456 is late", PiiMasker.mask("Order 123456 is late"));
    }
}
