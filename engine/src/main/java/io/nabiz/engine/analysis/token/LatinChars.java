package io.nabiz.engine.analysis.token;

/**
 * {@link Character#isLetter(char)} and {@link Character#toLowerCase(char)}, answered for Latin
 * chars (ASCII, Latin-1, Latin Extended-A and B: every letter of Turkish, German and English) from
 * tables that {@link Character} itself filled: the same answers without a lookup in the Unicode
 * tables for every char of every message.
 */
public final class LatinChars {

    /** Chars below this are answered from the tables. */
    private static final char LATIN = 0x250;

    private static final boolean[] LETTERS = new boolean[LATIN];
    private static final char[] LOWER = new char[LATIN];

    static {
        for (char c = 0; c < LATIN; c++) {
            LETTERS[c] = Character.isLetter(c);
            LOWER[c] = Character.toLowerCase(c);
        }
    }

    private LatinChars() {}

    /** Whether {@code c} is answered from the tables. */
    public static boolean isLatin(char c) {
        return c < LATIN;
    }

    public static boolean isLetter(char c) {
        return c < LATIN ? LETTERS[c] : Character.isLetter(c);
    }

    public static char toLowerCase(char c) {
        return c < LATIN ? LOWER[c] : Character.toLowerCase(c);
    }
}
