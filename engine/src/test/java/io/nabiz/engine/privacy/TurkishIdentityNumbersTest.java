package io.nabiz.engine.privacy;

import static io.nabiz.engine.privacy.Kinds.maskWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TurkishIdentityNumbersTest {

    private final TurkishIdentityNumbers kind = new TurkishIdentityNumbers();

    @Test
    void masksNumbersWithBothCheckDigits() {
        assertEquals("TC kimlik [tckn] ile", maskWith(kind, "TC kimlik 10000000146 ile"));
        assertEquals("TCKN: [tckn].", maskWith(kind, "TCKN: 12345678950."));
        assertEquals("kimlik [tckn]", maskWith(kind, "kimlik 284 619 375 50"));
    }

    @Test
    void leavesNearMissesVisible() {
        // A tenth digit off, an eleventh digit off, a leading zero, ten and twelve digits.
        for (String text :
                new String[] {
                    "sipariş 12345678901",
                    "sipariş 12345678951",
                    "sipariş 02345678950",
                    "sipariş 1234567895",
                    "sipariş 123456789501",
                }) {
            assertEquals(text, maskWith(kind, text));
        }
    }

    @Test
    void checksTheRegistryCheckDigits() {
        assertTrue(new TurkishIdentityNumbers().valid("51728394650"));
        assertFalse(new TurkishIdentityNumbers().valid("51728394651"));
    }
}
