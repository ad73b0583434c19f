package io.nabiz.engine.analysis.token;

/**
 * A bounded cache of the strings of analysed words, looked up by their chars: the same word in the
 * next message gets the same {@link String}, so no string is built for it, and its hash, once
 * computed by the first set or map that looks it up, is kept for every later lookup of every later
 * message. Customer messages repeat a small vocabulary ({@code ve}, {@code und}, {@code the}, a
 * brand's name), which is why a small cache serves most words.
 *
 * <p>Direct-mapped: a word's slot is its hash, and a newer word simply replaces an older one. Safe
 * to share between threads without locks: a slot holds an immutable string, a slot read that races
 * with a write sees the old string or the new one, and the chars are compared before a string is
 * used. Each slot's hash sits in an array beside it, so a word that lost the slot is rejected by
 * one int compare, without a call into the string.
 */
public final class TermStrings {

    /** Slots; a power of two. */
    private static final int SLOTS = 1 << 14;

    /** Longer words are rare and unlikely to come again: they are built, not cached. */
    private static final int MAX_LENGTH = 32;

    /** The cache the message analyzers share. */
    public static final TermStrings SHARED = new TermStrings();

    private final String[] slots = new String[SLOTS];
    private final int[] hashes = new int[SLOTS];

    /** The string of {@code chars[0..length)}, from the cache when it holds it. */
    public String of(char[] chars, int length) {
        return of(chars, 0, length);
    }

    /** The string of {@code chars[offset..offset + length)}, from the cache when it holds it. */
    public String of(char[] chars, int offset, int length) {
        if (length > MAX_LENGTH) {
            return new String(chars, offset, length);
        }
        // String's own hash, so that a cached string's kept hash rejects most other words at once.
        int h = 0;
        for (int i = offset; i < offset + length; i++) {
            h = 31 * h + chars[i];
        }
        int slot = (h ^ (h >>> 14)) & (SLOTS - 1);
        String s = slots[slot];
        // A hash read apart from its string (a racing write) only costs a miss: the chars decide.
        if (s != null && hashes[slot] == h && sameChars(s, chars, offset, length)) {
            return s;
        }
        s = new String(chars, offset, length);
        hashes[slot] = h;
        slots[slot] = s;
        return s;
    }

    private static boolean sameChars(String s, char[] chars, int offset, int length) {
        if (s.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (s.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }
}
