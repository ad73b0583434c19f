package io.nabiz.engine.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SampleTest {

    @Test
    void nearDuplicatesShareAKey() {
        assertEquals(
                "kargo nerede sipariş numaram #",
                Sample.nearDuplicateKey("Kargo nerede? Sipariş numaram 553369"));
        assertEquals(
                Sample.nearDuplicateKey("kargo nerede sipariş numaram 320845"),
                Sample.nearDuplicateKey("Kargo nerede? Sipariş numaram 553369"));
        assertEquals("istanbul", Sample.nearDuplicateKey("İSTANBUL"));
        assertEquals("ıspanak", Sample.nearDuplicateKey("ISPANAK".replace('I', 'ı')));
        // A decomposed umlaut loses its mark (a composed one keeps it).
        assertEquals("uber", Sample.nearDuplicateKey("U\u0308ber"));
        assertEquals("", Sample.nearDuplicateKey(""));
        assertEquals("", Sample.nearDuplicateKey("?! …"));
    }

    /** Texts the char-by-char lower-casing must key as the whole string's lower-casing does. */
    @Test
    void keysAsTheLowerCasedTextWould() {
        String alphabet =
                "abcxyzABCXYZ İIıiŞşĞğÜüÖöÇçÄäßẞ ΣσςΑΒΓ ДЖЯджя 0123456789 .,!?-_#@'\""
                        + "\u0307\u0308\t\n\u00a0\u212a";
        String[] astral = {"😀", "𝐀", "𐐀", "\ud800"};
        Random random = new Random(16);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                if (random.nextInt(200) == 0) {
                    text.append(astral[random.nextInt(astral.length)]);
                } else {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            String t = text.toString();
            assertEquals(reference(t), Sample.nearDuplicateKey(t), t);
        }
    }

    /** Texts share a hash exactly when they share a key: no collision among 200,000 keys. */
    @Test
    void textsShareAHashWhenTheyShareAKey() {
        assertEquals(
                Sample.nearDuplicateHash("kargo nerede sipariş numaram 320845"),
                Sample.nearDuplicateHash("Kargo nerede? Sipariş numaram 553369"));
        assertNotEquals(
                Sample.nearDuplicateHash("kargo nerede"), Sample.nearDuplicateHash("kargo neredé"));
        Map<Long, String> keyOfHash = new HashMap<>();
        Random random = new Random(64);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int w = random.nextInt(6); w >= 0; w--) {
                text.append(Integer.toString(random.nextInt(5_000), 36)).append(' ');
            }
            String t = text.toString();
            String key = Sample.nearDuplicateKey(t);
            String earlier = keyOfHash.putIfAbsent(Sample.nearDuplicateHash(t), key);
            assertEquals(earlier == null ? key : earlier, key, t);
        }
    }

    /** The key as it was first defined: on the text lower-cased as a whole. */
    private static String reference(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder();
        boolean gap = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                gap = true;
                continue;
            }
            if (gap && key.length() > 0) {
                key.append(' ');
            }
            gap = false;
            if (!Character.isDigit(c)) {
                key.append(c);
            } else if (key.length() == 0 || key.charAt(key.length() - 1) != '#') {
                key.append('#');
            }
        }
        return key.toString();
    }
}
