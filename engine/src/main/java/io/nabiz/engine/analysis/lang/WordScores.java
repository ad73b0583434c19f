package io.nabiz.engine.analysis.lang;

import io.nabiz.engine.analysis.sentiment.FeatureHashing;
import java.util.Arrays;

/**
 * A bounded cache of each language's summed n-gram log-probabilities per word, for the language
 * identifier: frequent words ({@code ve}, {@code und}, {@code the}, a brand's name) are hashed and
 * looked up once instead of once per message.
 *
 * <p>Direct-mapped: a word's slot is its hash, and a newer word simply replaces an older one. Safe
 * to share between threads without locks: an entry is immutable (its arrays are filled before its
 * final fields are set, so a thread that sees the entry sees them), a slot read that races with a
 * write sees the old entry or the new one, and the key is compared before an entry is used.
 */
final class WordScores {

    /** Slots; a power of two. 4,096 words cover most words of customer messages in a language. */
    static final int SLOTS = 1 << 12;

    private static final int SEED = 0x811c9dc5;

    /** The summed log-probability of each language over a word's n-grams, and their number. */
    record Entry(char[] word, double[] sums, int ngrams) {}

    private final Entry[] slots = new Entry[SLOTS];

    /** The entry of {@code word[0..len)}, or null when it is not cached. */
    Entry get(char[] word, int len, int hash) {
        Entry e = slots[hash & (SLOTS - 1)];
        return e != null && Arrays.equals(e.word, 0, e.word.length, word, 0, len) ? e : null;
    }

    /** Caches the scores of {@code word[0..len)}, replacing whatever held its slot. */
    Entry put(char[] word, int len, int hash, double[] sums, int ngrams) {
        Entry e = new Entry(Arrays.copyOf(word, len), sums, ngrams);
        slots[hash & (SLOTS - 1)] = e;
        return e;
    }

    /** The slot hash of {@code word[0..len)}. */
    static int hash(char[] word, int len) {
        int h = SEED;
        for (int i = 0; i < len; i++) {
            h = FeatureHashing.step(h, word[i]);
        }
        return FeatureHashing.finish(h);
    }
}
