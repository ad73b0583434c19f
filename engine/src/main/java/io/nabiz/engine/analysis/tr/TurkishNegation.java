package io.nabiz.engine.analysis.tr;

import io.nabiz.engine.analysis.negation.NegationRules;
import java.util.Set;

/**
 * Turkish negation, read from the surface form of diacritic-folded words.
 *
 * <p>Turkish negates a verb with the suffix {@code -me/-ma} between root and tense: {@code
 * gel-me-di}, {@code beğen-me-dim}, {@code çalış-mı-yor}, {@code ol-maz}, {@code gel-me-miş},
 * {@code çalış-ma-yan}. The word is rewritten to its root and marked negated; because Turkish puts
 * the verb last, the negation also covers the word just before it ({@code sorun yaşamadım}: no
 * problem was had). The particles {@code değil} and {@code yok} negate the word before them ({@code
 * iyi değil}, {@code sorun yok}); the privative {@code -sız/-siz/-suz/-süz} ({@code sorunsuz},
 * {@code kalitesiz}) negates its own root. Stemming erases all of this, which is why it runs first.
 * See Göksel and Kerslake, <i>Turkish: A Comprehensive Grammar</i> (2005), ch. 8 and 21.
 */
public final class TurkishNegation implements NegationRules {

    /*
     * The negative suffix and what may follow it, after folding (ı→i, ü→u, ş→s, ğ→g):
     * m([iu]yor|[ae](di|z|m[iu]s|y[ae]n|y[ae]c[ae][kg]|y[iu]n|y[iu]z|d[ae]n|m[ae]l[iu]|m[ae]k)),
     * anywhere after the root; and the privative s[iu]z(l[iu]k)?[a-z]{0,4} at the word's end. Both
     * are matched by hand (negativeSuffixAt, privativeAt): run on every word, the regular
     * expressions cost a matcher and a scan each.
     */

    /** A root shorter than this is part of an unrelated word ({@code namaz}, {@code mezun}). */
    private static final int MIN_VERB_ROOT = 2;

    private static final int MIN_PRIVATIVE_ROOT = 3;

    /** Case endings after a privative: {@code sorunsuzdu}, {@code kalitesizler}. */
    private static final int MAX_PRIVATIVE_TAIL = 4;

    /** Words that look negated but are not. */
    private static final Set<String> LOOKALIKES =
            Set.of(
                    "namaz",
                    "yilmaz",
                    "komedi",
                    "tamam",
                    "temmuz",
                    "kimse",
                    "hemen",
                    "yemek",
                    // the ablative of uygulama (app), not "without applying"
                    "uygulamadan");

    private static final Set<String> PARTICLES =
            Set.of("degil", "yok", "degildi", "degilim", "yoktu");

    /** Intensifiers and particles a negation passes over rather than negates. */
    private static final Set<String> TRANSPARENT =
            Set.of("hic", "asla", "hicbir", "cok", "pek", "da", "de", "ki", "hala", "bile", "daha");

    @Override
    public void mark(String[] terms, boolean[] clauseEnds, boolean[] negated) {
        for (int i = 0; i < terms.length; i++) {
            String term = terms[i];
            if (PARTICLES.contains(term)) {
                negatePrevious(terms, clauseEnds, negated, i);
                continue;
            }
            int root = negatedRootLength(term);
            if (root > 0) {
                terms[i] = term.substring(0, root);
                negated[i] = true;
                if (isVerbNegation(term, root)) {
                    negatePrevious(terms, clauseEnds, negated, i);
                }
            }
        }
    }

    /** Length of the root of a negated word, or 0 when {@code word} is not negated. */
    public static int negatedRootLength(String word) {
        if (word.length() <= MIN_VERB_ROOT) {
            return 0;
        }
        int root = suffixedRootLength(word);
        // Asked only of the few words that look negated, rather than of every word.
        return root > 0 && LOOKALIKES.contains(word) ? 0 : root;
    }

    /** Length of the root before a negative or privative suffix, lookalikes not excluded. */
    private static int suffixedRootLength(String word) {
        for (int m = word.indexOf('m', MIN_VERB_ROOT); m >= 0; m = word.indexOf('m', m + 1)) {
            if (negativeSuffixAt(word, m + 1)) {
                return m;
            }
        }
        for (int s = word.indexOf('s', MIN_PRIVATIVE_ROOT); s >= 0; s = word.indexOf('s', s + 1)) {
            if (privativeAt(word, s + 1)) {
                return s;
            }
        }
        return 0;
    }

    /** Whether what follows a negative {@code m} at {@code i} is a tense or mood ending. */
    private static boolean negativeSuffixAt(String w, int i) {
        if (is(w, i, "iu")) {
            return is(w, i + 1, "y") && is(w, i + 2, "o") && is(w, i + 3, "r");
        }
        if (!is(w, i, "ae")) {
            return false;
        }
        int j = i + 1;
        if (j >= w.length()) {
            return false;
        }
        return switch (w.charAt(j)) {
            case 'd' -> is(w, j + 1, "i") || (is(w, j + 1, "ae") && is(w, j + 2, "n"));
            case 'z' -> true;
            case 'm' ->
                    (is(w, j + 1, "iu") && is(w, j + 2, "s"))
                            || (is(w, j + 1, "ae")
                                    && (is(w, j + 2, "k")
                                            || (is(w, j + 2, "l") && is(w, j + 3, "iu"))));
            case 'y' ->
                    (is(w, j + 1, "ae")
                                    && (is(w, j + 2, "n")
                                            || (is(w, j + 2, "c")
                                                    && is(w, j + 3, "ae")
                                                    && is(w, j + 4, "kg"))))
                            || (is(w, j + 1, "iu") && is(w, j + 2, "nz"));
            default -> false;
        };
    }

    /** Whether a privative {@code -sız/-suz} (with {@code -lık}) ends the word after {@code s}. */
    private static boolean privativeAt(String w, int i) {
        if (!(is(w, i, "iu") && is(w, i + 1, "z"))) {
            return false;
        }
        int rest = i + 2;
        boolean lik = is(w, rest, "l") && is(w, rest + 1, "iu") && is(w, rest + 2, "k");
        return shortTail(w, rest) || (lik && shortTail(w, rest + 3));
    }

    /** Whether {@code w} from {@code i} on is at most four letters a to z. */
    private static boolean shortTail(String w, int i) {
        if (w.length() - i > MAX_PRIVATIVE_TAIL) {
            return false;
        }
        for (int k = i; k < w.length(); k++) {
            char c = w.charAt(k);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    private static boolean is(String w, int i, String chars) {
        return i < w.length() && chars.indexOf(w.charAt(i)) >= 0;
    }

    private static boolean isVerbNegation(String word, int root) {
        return word.charAt(root) == 'm';
    }

    private static void negatePrevious(
            String[] terms, boolean[] clauseEnds, boolean[] negated, int i) {
        for (int j = i - 1; j >= 0 && !clauseEnds[j]; j--) {
            if (!TRANSPARENT.contains(terms[j])) {
                negated[j] = !negated[j];
                return;
            }
        }
    }
}
