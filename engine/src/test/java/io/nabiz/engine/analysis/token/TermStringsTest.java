package io.nabiz.engine.analysis.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    @Test
    void aWordInsideABufferIsFoundByItsOffset() {
        TermStrings cache = new TermStrings();
        String first = cache.of("kargo".toCharArray(), 5);
        assertSame(first, cache.of("benim kargom".toCharArray(), 6, 5));
        assertEquals("benim", cache.of("benim kargom".toCharArray(), 0, 5));
    }

    /** Threads that share the cache and overwrite each other's slots still get their own words. */
    @Test
    void sharedByThreadsEveryLookupGivesTheWordsOwnChars() throws Exception {
        TermStrings cache = new TermStrings();
        List<Callable<Integer>> workers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            long seed = t;
            workers.add(
                    () -> {
                        Random random = new Random(seed);
                        int wrong = 0;
                        for (int i = 0; i < 200_000; i++) {
                            char[] chars = new char[1 + random.nextInt(6)];
                            for (int k = 0; k < chars.length; k++) {
                                chars[k] = (char) ('a' + random.nextInt(4));
                            }
                            if (!new String(chars).equals(cache.of(chars, chars.length))) {
                                wrong++;
                            }
                        }
                        return wrong;
                    });
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers.size());
        try {
            for (Future<Integer> wrong : pool.invokeAll(workers)) {
                assertEquals(0, wrong.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
