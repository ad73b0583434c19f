package io.nabiz.engine.analysis.tr;

import io.nabiz.engine.analysis.negation.NegationRules;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** The negative suffix and what may follow it, after folding (ı→i, ü→u, ş→s, ğ→g). */
    private static final Pattern VERB_NEGATION =
            Pattern.compile(
                    "m(?:[iu]yor|[ae](?:di|z|m[iu]s|y[ae]n|y[ae]c[ae][kg]|y[iu]n|y[iu]z|d[ae]n|m[ae]l[iu]|m[ae]k))");

    private static final Pattern PRIVATIVE = Pattern.compile("s[iu]z(?:l[iu]k)?[a-z]{0,4}$");

    /** A root shorter than this is part of an unrelated word ({@code namaz}, {@code mezun}). */
    private static final int MIN_VERB_ROOT = 2;

    private static final int MIN_PRIVATIVE_ROOT = 3;

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
        if (word.length() <= MIN_VERB_ROOT || LOOKALIKES.contains(word)) {
            return 0;
        }
        // Most words have neither an "m" after the root nor a "z": skip the regular expressions.
        if (word.indexOf('m', MIN_VERB_ROOT) >= 0) {
            Matcher verb = VERB_NEGATION.matcher(word);
            if (verb.find(MIN_VERB_ROOT)) {
                return verb.start();
            }
        }
        if (word.length() > MIN_PRIVATIVE_ROOT && word.indexOf('z', MIN_PRIVATIVE_ROOT) >= 0) {
            Matcher privative = PRIVATIVE.matcher(word);
            if (privative.find(MIN_PRIVATIVE_ROOT)) {
                return privative.start();
            }
        }
        return 0;
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
