package io.nabiz.engine.window;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LowerCasingTest {

    @Test
    void everyCharOfTheBasicPlaneIsLowerCasedAsTheJdkDoes() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String s = String.valueOf((char) c);
            assertEquals(
                    s.toLowerCase(Locale.ROOT),
                    new String(LowerCasing.lowerChars(s, false)),
                    "U+" + c);
            assertEquals(
                    s.toLowerCase(LowerCasing.TURKISH),
                    new String(LowerCasing.lowerChars(s, true)),
                    "U+" + c);
        }
    }

    @Test
    void textsWithEveryContextualCasingAreLowerCasedAsTheJdkDoes() {
        // Dotted and dotless I, a combining dot after an I, final and inner sigma, a cased letter
        // outside the basic plane (Deseret), emoji and their joiners.
        String alphabet =
                "abcçdefgğhıijklmnoöprsştuüvyzABCÇDEFGĞHIİJKLMNOÖPRSŞTUÜVYZÄßΣσ\u0307 .,!?@[]#😡👍🏽\u200d𐐀𐐨";
        int[] codePoints = alphabet.codePoints().toArray();
        Random random = new Random(11);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int len = random.nextInt(40); len > 0; len--) {
                text.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
            }
            String t = text.toString();
            assertEquals(
                    t.toLowerCase(Locale.ROOT), new String(LowerCasing.lowerChars(t, false)), t);
            assertEquals(
                    t.toLowerCase(LowerCasing.TURKISH),
                    new String(LowerCasing.lowerChars(t, true)),
                    t);
        }
    }

    @Test
    void noCodePointOfTheEmojiPlanesHasALowerCase() {
        int first = Character.toCodePoint(LowerCasing.EMOJI_HIGH_FIRST, '\udc00');
        int last = Character.toCodePoint(LowerCasing.EMOJI_HIGH_LAST, '\udfff');
        for (int cp = first; cp <= last; cp++) {
            assertEquals(cp, Character.toLowerCase(cp), "U+" + Integer.toHexString(cp));
        }
    }
}
