package io.nabiz.engine.analysis.token;

import java.util.Arrays;

/**
 * A bounded cache of stems by the chars of the word they stem. Customer messages repeat a small
 * vocabulary, and a stemmer such as Porter's runs several suffix rules over every word it is given:
 * a word seen before is answered by one hash and one comparison.
 *
 * <p>Direct-mapped: a word's slot is its hash, and a newer word simply replaces an older one. Not
 * thread-safe: each filter chain, which an analyzer keeps per thread, owns one.
 */
final class StemCache {

    /** Slots; a power of two. */
    private static final int SLOTS = 1 << 12;

    /** Longer words are rare and unlikely to come again: they are stemmed, not cached. */
    static final int MAX_LENGTH = 32;

    private final char[][] words = new char[SLOTS][];
    private final char[][] stems = new char[SLOTS][];

    /** The slot of {@code word[0..length)}. */
    static int slot(char[] word, int length) {
        int h = 0;
        for (int i = 0; i < length; i++) {
            h = 31 * h + word[i];
        }
        return (h ^ (h >>> 12)) & (SLOTS - 1);
    }

    /** The cached stem of {@code word[0..length)} in {@code slot}, or null. */
    char[] get(int slot, char[] word, int length) {
        char[] key = words[slot];
        return key != null && Arrays.equals(key, 0, key.length, word, 0, length)
                ? stems[slot]
                : null;
    }

    /** Caches {@code stem} as the stem of {@code word[0..length)}; the cache keeps the array. */
    void put(int slot, char[] word, int length, char[] stem) {
        words[slot] = Arrays.copyOf(word, length);
        stems[slot] = stem;
    }
}
