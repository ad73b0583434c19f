package io.nabiz.engine.privacy;

import static io.nabiz.engine.privacy.Kinds.maskWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    private final PhoneNumbers kind = new PhoneNumbers();

    @Test
    void masksTurkishNumbers() {
        assertEquals("tel [phone]", maskWith(kind, "tel +90 532 123 45 67"));
        assertEquals("tel [phone]", maskWith(kind, "tel +90 (0)532 123 4567"));
        assertEquals("[phone] arayın", maskWith(kind, "0532 123 45 67 arayın"));
        assertEquals("[phone] santral", maskWith(kind, "(0212) 555 12 34 santral"));
        assertEquals("no [phone]'yi", maskWith(kind, "no 05321234567'yi"));
        assertEquals("cep [phone]", maskWith(kind, "cep 532 123 45 67"));
        assertEquals("çağrı [phone]", maskWith(kind, "çağrı 0850 222 00 00"));
    }

    @Test
    void masksGermanAndInternationalNumbers() {
        assertEquals("Tel. [phone]", maskWith(kind, "Tel. +49 30 1234567"));
        assertEquals("Handy [phone]", maskWith(kind, "Handy +49 (0)151 23456789"));
        assertEquals("Handy [phone]", maskWith(kind, "Handy 0151 23456789"));
        assertEquals("Büro [phone]", maskWith(kind, "Büro 030/1234567"));
        assertEquals("Büro [phone]", maskWith(kind, "Büro 0049 89 12345678"));
        assertEquals("call [phone]", maskWith(kind, "call +44 20 7946 0958"));
        assertEquals("call [phone]", maskWith(kind, "call +1-212-555-0100"));
    }

    @Test
    void masksOnlyTheNumberNextToAnOrderNumber() {
        assertEquals(
                "sipariş 12345 [phone] ara", maskWith(kind, "sipariş 12345 0532 123 45 67 ara"));
    }

    @Test
    void leavesOrderNumbersDatesAndAmountsAlone() {
        for (String text :
                new String[] {
                    "Sipariş numaram 553369, hala teslim edilmedi",
                    "Bestellung 12345678 fehlt",
                    "takip 5321234567",
                    "am 20.11.2026 14:30 Uhr",
                    "2.499,90 TL çekildi",
                    "+12 34",
                    "iPhone15 ve 3G",
                }) {
            assertEquals(text, maskWith(kind, text));
        }
    }
}
