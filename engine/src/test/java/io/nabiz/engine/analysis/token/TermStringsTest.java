package io.nabiz.engine.analysis.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TermStringsTest {

    @Test
    void aWordSeenBeforeIsTheSameString() {
        TermStrings cache = new TermStrings();
        char[] buffer = "kargo gelmedi".toCharArray();
        String first = cache.of(buffer, 5);
        assertEquals("kargo", first);
        assertSame(first, cache.of("kargoya".toCharArray(), 5));
    }

    /** Many random words share slots: whatever the cache holds, the chars asked for come back. */
    @Test
    void everyLookupGivesTheWordsOwnChars() {
        TermStrings cache = new TermStrings();
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            int length = random.nextInt(40);
            char[] chars = new char[length + 3];
            for (int k = 0; k < chars.length; k++) {
                chars[k] = (char) ('a' + random.nextInt(random.nextBoolean() ? 3 : 26));
            }
            assertEquals(new String(chars, 0, length), cache.of(chars, length));
        }
    }
}
