package io.nabiz.jobs.serde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class CanonicalStringsTest {

    @Test
    void equalWordsReadTwiceShareOneInstance() {
        String first = CanonicalStrings.of(new String("kargo"));
        String second = CanonicalStrings.of(new String("kargo"));
        assertSame(first, second);
    }

    @Test
    void everyStringComesBackEqualWhateverTheSlots() {
        // 100,000 words for 16,384 slots: most lose their slot, none may come back different.
        for (int i = 0; i < 100_000; i++) {
            String word = "w" + i;
            assertEquals(word, CanonicalStrings.of(new String(word)));
        }
        assertNull(CanonicalStrings.of(null));
    }

    @Test
    void longStringsAreLeftAsTheyAre() {
        String text = "Kargom hâlâ gelmedi, üç gündür bekliyorum ve kimse cevap vermiyor";
        CanonicalStrings.of(new String(text));
        String again = new String(text);
        assertSame(again, CanonicalStrings.of(again));
        assertNotSame(text, CanonicalStrings.of(again));
    }
}
