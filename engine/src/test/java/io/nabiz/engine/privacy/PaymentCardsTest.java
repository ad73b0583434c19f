package io.nabiz.engine.privacy;

import static io.nabiz.engine.privacy.Kinds.maskWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PaymentCardsTest {

    private final PaymentCards kind = new PaymentCards();

    @Test
    void masksCardNumbersThatPassTheLuhnCheck() {
        assertEquals("card [card] charged", maskWith(kind, "card 4111 1111 1111 1111 charged"));
        assertEquals("[card]", maskWith(kind, "5454-5454-5454-5454"));
        assertEquals("Amex [card]", maskWith(kind, "Amex 371449635398431"));
        assertEquals("Troy [card]", maskWith(kind, "Troy 9792 0300 0000 0000"));
        assertEquals(
                "kart [card] 12 ay taksit",
                maskWith(kind, "kart 4111 1111 1111 1111 12 ay taksit"));
    }

    @Test
    void leavesNumbersThatFailTheCheckOrTheIssuerRangeVisible() {
        for (String text :
                new String[] {
                    "card 4111 1111 1111 1112 charged",
                    "Order 1234567890123456 late",
                    "kargo takip 1111 1111 1111 1117",
                    "ref 4111 1111 1111",
                }) {
            assertEquals(text, maskWith(kind, text));
        }
    }
}
