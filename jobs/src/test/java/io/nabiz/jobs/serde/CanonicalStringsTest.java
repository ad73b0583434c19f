package io.nabiz.jobs.serde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
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
    void wordsReadAsBytesComeBackEqualAndRepeatedOnesShareAnInstance() throws IOException {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            words.add(i % 3 == 0 ? "kargo" : i % 3 == 1 ? "ışık" + i : "Rechnung" + (i % 500));
        }
        words.add(null);
        words.add("Kargom hâlâ gelmedi, üç gündür bekliyorum ve kimse cevap vermiyor 😡");
        DataOutputSerializer out = new DataOutputSerializer(1 << 20);
        for (String w : words) {
            BinaryFields.writeUtf8(w, out);
        }
        DataInputDeserializer in = new DataInputDeserializer(out.getCopyOfBuffer());
        List<String> back = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            back.add(CanonicalStrings.readUtf8(in));
        }
        assertEquals(words, back);
        assertSame(back.get(0), back.get(3));
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
