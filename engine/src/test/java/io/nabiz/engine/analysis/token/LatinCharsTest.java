package io.nabiz.engine.analysis.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LatinCharsTest {

    @Test
    void answersAsCharacterDoesForEveryChar() {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            assertEquals(Character.isLetter(c), LatinChars.isLetter(c), "U+" + i);
            assertEquals(Character.toLowerCase(c), LatinChars.toLowerCase(c), "U+" + i);
        }
    }

    @Test
    void noLatinCharPastAsciiIsADigitOrACombiningMark() {
        // What lets a text key treat Turkish and German letters without the Unicode tables.
        for (char c = 0x80; LatinChars.isLatin(c); c++) {
            assertFalse(Character.isDigit(c), "U+" + (int) c);
            assertTrue(Character.getType(c) != Character.NON_SPACING_MARK, "U+" + (int) c);
        }
    }
}
