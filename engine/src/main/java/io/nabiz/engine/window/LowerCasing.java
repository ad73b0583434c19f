package io.nabiz.engine.window;

import io.nabiz.engine.analysis.token.LatinChars;
import java.util.Locale;

/**
 * {@link String#toLowerCase(Locale)} in Turkish or the root locale, char by char. The JDK takes a
 * slow path, with a lookup of special casings for every char, whenever a text holds a surrogate
 * (any emoji) or the locale is Turkish: half of the social texts of a Turkish stream. Only three
 * chars have a casing that depends on their neighbours or is longer than one char: the dotted
 * capital I (two chars in the root locale), the capital sigma (final or not) and, in Turkish, the
 * combining dot above (dropped after an I). A text with one of them, or with a cased letter outside
 * the basic plane, goes to the JDK.
 */
final class LowerCasing {

    static final Locale TURKISH = Locale.forLanguageTag("tr");

    private static final char DOTTED_CAPITAL_I = '\u0130';
    private static final char CAPITAL_SIGMA = '\u03a3';
    private static final char COMBINING_DOT_ABOVE = '\u0307';
    private static final char DOTLESS_SMALL_I = '\u0131';
    static final char EMOJI_HIGH_FIRST = '\ud83c';
    static final char EMOJI_HIGH_LAST = '\ud83e';

    private LowerCasing() {}

    /**
     * The chars of {@code text.toLowerCase(turkish ? TURKISH : Locale.ROOT)}: a fresh array the
     * caller may read as it likes, one copy of the text however many chars change.
     */
    static char[] lowerChars(String text, boolean turkish) {
        int n = text.length();
        char[] lower = new char[n];
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == 'I' && turkish) {
                lower[i] = DOTLESS_SMALL_I;
            } else if (c == DOTTED_CAPITAL_I
                    || c == CAPITAL_SIGMA
                    || (c == COMBINING_DOT_ABOVE && turkish)
                    || (Character.isSurrogate(c) && casedSupplementary(text, i))) {
                return text.toLowerCase(turkish ? TURKISH : Locale.ROOT).toCharArray();
            } else {
                lower[i] = LatinChars.toLowerCase(c);
            }
        }
        return lower;
    }

    /**
     * Whether the code point at {@code i}, a surrogate, has a lower case of its own. Emoji (U+1F000
     * to U+1FBFF, high surrogates D83C to D83E) have none, and a low surrogate was asked about with
     * its high one: no table lookup for them.
     */
    static boolean casedSupplementary(String text, int i) {
        char c = text.charAt(i);
        if ((c >= EMOJI_HIGH_FIRST && c <= EMOJI_HIGH_LAST) || Character.isLowSurrogate(c)) {
            return false;
        }
        int cp = text.codePointAt(i);
        return Character.toLowerCase(cp) != cp;
    }
}
