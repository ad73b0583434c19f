package io.nabiz.engine.analysis.tr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TurkishNegationTest {

    /** The suffix grammar as regular expressions: the specification the hand matcher follows. */
    private static final Pattern VERB_NEGATION =
            Pattern.compile(
                    "m(?:[iu]yor|[ae](?:di|z|m[iu]s|y[ae]n|y[ae]c[ae][kg]|y[iu]n|y[iu]z|d[ae]n|m[ae]l[iu]|m[ae]k))");

    private static final Pattern PRIVATIVE = Pattern.compile("s[iu]z(?:l[iu]k)?[a-z]{0,4}$");

    private static int byRegex(String word) {
        if (word.length() <= 2) {
            return 0;
        }
        Matcher verb = VERB_NEGATION.matcher(word);
        if (verb.find(2)) {
            return verb.start();
        }
        Matcher privative = PRIVATIVE.matcher(word);
        return word.length() > 3 && privative.find(3) ? privative.start() : 0;
    }

    @Test
    void matchesTheSuffixGrammarOnRandomWords() {
        // Letters of the suffixes, a few others and one non-ASCII letter, so that near misses
        // and the a-z tail rule are exercised.
        String letters = "aeiuomsyzdclkgnrbtxç";
        Random random = new Random(42);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder word = new StringBuilder();
            int length = 3 + random.nextInt(10);
            for (int i = 0; i < length; i++) {
                word.append(letters.charAt(random.nextInt(letters.length())));
            }
            String w = word.toString();
            if (LOOKALIKES.contains(w)) {
                continue;
            }
            assertEquals(byRegex(w), TurkishNegation.negatedRootLength(w), w);
        }
    }

    /** Words that look negated but are not, as the analysis must read them. */
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
                    "uygulamadan");

    @Test
    void lookalikesAreNotNegated() {
        for (String word : LOOKALIKES) {
            assertEquals(0, TurkishNegation.negatedRootLength(word), word);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "gelmedi, 3",
        "begenmedim, 5",
        "calismiyor, 5",
        "gelmez, 3",
        "gelmemis, 3",
        "calismayan, 5",
        "olmayacak, 2",
        "sormadan, 3",
        "kalitesiz, 6",
        // Not negated: infinitive, plain past, and words that only look negated.
        "gelmek, 0",
        "geldi, 0",
        "tamam, 0",
        "namaz, 0",
        "mezun, 0",
        "simdi, 0"
    })
    void findsTheRootOfNegatedWords(String folded, int root) {
        assertEquals(root, TurkishNegation.negatedRootLength(folded));
    }
}
