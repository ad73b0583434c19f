package io.nabiz.jobs.serde;

/**
 * One instance for each of the strings that repeat across records — terms, cues, channel names — as
 * they are read from the wire or from state.
 *
 * <p>Every open window holds its terms, and the rule operator holds each pending window's top
 * terms: with many keys that was millions of strings for a vocabulary of thousands of words, the
 * largest part of the heap per key. A small direct-mapped cache per thread (a slot per hash, the
 * newest string wins a slot) makes repeated words share one instance without any lock or unbounded
 * table; a word that lost its slot is only a duplicate, never a wrong string.
 */
final class CanonicalStrings {

    private static final int SLOTS = 1 << 14;

    /** Longer strings are hardly ever repeated words: not worth a slot. */
    private static final int MAX_LENGTH = 48;

    private static final ThreadLocal<String[]> PER_THREAD =
            ThreadLocal.withInitial(() -> new String[SLOTS]);

    private CanonicalStrings() {}

    /** {@code s}, or an equal string read before on this thread. */
    static String of(String s) {
        if (s == null || s.length() > MAX_LENGTH) {
            return s;
        }
        String[] slots = PER_THREAD.get();
        int h = s.hashCode();
        int slot = (h ^ (h >>> 16)) & (SLOTS - 1);
        String cached = slots[slot];
        if (s.equals(cached)) {
            return cached;
        }
        slots[slot] = s;
        return s;
    }
}
