package io.nabiz.engine.privacy;

import static io.nabiz.engine.privacy.Kinds.maskWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IbansTest {

    private final Ibans kind = new Ibans();

    @Test
    void masksIbansOfAnyCountryInGroupsOrWhole() {
        assertEquals("IBAN [iban] bitte", maskWith(kind, "IBAN DE89 3704 0044 0532 0130 00 bitte"));
        assertEquals(
                "hesap [iban] IBAN", maskWith(kind, "hesap TR33 0006 1005 1978 6457 8413 26 IBAN"));
        assertEquals("[iban]", maskWith(kind, "TR750001200938200001234567"));
        assertEquals(
                "[iban], [iban]", maskWith(kind, "GB82WEST12345698765432, NL91ABNA0417164300"));
        assertEquals("an [iban].", maskWith(kind, "an fr14 2004 1010 0505 0001 3m02 606."));
        assertEquals("[iban] [iban]", maskWith(kind, "AT611904300234573201 CH9300762011623852957"));
    }

    @Test
    void leavesAWrongChecksumOrLengthVisible() {
        for (String text :
                new String[] {
                    "DE89 3704 0044 0532 0130 09",
                    "TR33 0006 1005 1978 6457 8413 27",
                    "DE89 3704 0044 0532 0130",
                    "XX89 3704 0044 0532 0130 00",
                    "MODEL AB12 CD34",
                }) {
            assertEquals(text, maskWith(kind, text));
        }
    }

    @Test
    void checksTheMod97Checksum() {
        assertEquals(true, Ibans.valid("GB82WEST12345698765432"));
        assertEquals(false, Ibans.valid("GB83WEST12345698765432"));
    }
}
