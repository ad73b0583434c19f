package io.nabiz.engine.privacy;

import static io.nabiz.engine.privacy.Kinds.maskWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GermanTaxIdsTest {

    private final GermanTaxIds kind = new GermanTaxIds();

    @Test
    void masksTaxIdsWithTheirCheckDigit() {
        assertEquals("Steuer-ID [taxid] bitte", maskWith(kind, "Steuer-ID 86095742719 bitte"));
        assertEquals("IdNr. [taxid]", maskWith(kind, "IdNr. 47 036 892 816"));
        assertEquals("[taxid]", maskWith(kind, "12345678911"));
    }

    @Test
    void leavesNearMissesVisible() {
        // The check digit off; a valid check digit but no digit repeated; a digit four times.
        for (String text :
                new String[] {
                    "Steuer-ID 86095742718", "Rechnung 59142837068", "Kunde 11112345670"
                }) {
            assertEquals(text, maskWith(kind, text));
        }
    }
}
