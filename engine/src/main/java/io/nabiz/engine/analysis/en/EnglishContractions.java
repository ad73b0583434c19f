package io.nabiz.engine.analysis.en;

import java.util.Map;

/**
 * Expands English negative contractions into a word and {@code not} ({@code hasn't} → has not,
 * {@code won't} → will not), also when typed without the apostrophe ({@code dont}, {@code doesnt}),
 * and drops the other clitics ({@code I'm}, {@code we've}, {@code it's}, possessive {@code 's}).
 */
public final class EnglishContractions {

    public static final String NOT = "not";

    private static final String NT = "n't";

    /** Irregular or apostrophe-less negative forms and the verb they negate. */
    private static final Map<String, String> NEGATED_VERBS =
            Map.ofEntries(
                    Map.entry("won't", "will"),
                    Map.entry("can't", "can"),
                    Map.entry("shan't", "shall"),
                    Map.entry("ain't", "is"),
                    Map.entry("cannot", "can"),
                    Map.entry("dont", "do"),
                    Map.entry("doesnt", "does"),
                    Map.entry("didnt", "did"),
                    Map.entry("cant", "can"),
                    Map.entry("wont", "will"),
                    Map.entry("isnt", "is"),
                    Map.entry("wasnt", "was"),
                    Map.entry("arent", "are"),
                    Map.entry("werent", "were"),
                    Map.entry("havent", "have"),
                    Map.entry("hasnt", "has"),
                    Map.entry("hadnt", "had"),
                    Map.entry("couldnt", "could"),
                    Map.entry("wouldnt", "would"),
                    Map.entry("shouldnt", "should"),
                    Map.entry("aint", "is"));

    private static final String[] CLITICS = {"'s", "'m", "'re", "'ve", "'ll", "'d"};

    private EnglishContractions() {}

    /**
     * The verb a negative contraction negates ({@code hasn't} → has), or null when {@code word} is
     * no negative contraction. Expects the apostrophe normalised to U+0027.
     */
    public static String negatedVerb(String word) {
        String verb = NEGATED_VERBS.get(word);
        if (verb != null) {
            return verb;
        }
        return word.endsWith(NT) && word.length() > NT.length()
                ? word.substring(0, word.length() - NT.length())
                : null;
    }

    /** {@code word} without a trailing non-negative clitic ({@code we've} → we). */
    public static String withoutClitic(String word) {
        for (String clitic : CLITICS) {
            if (word.endsWith(clitic) && word.length() > clitic.length()) {
                return word.substring(0, word.length() - clitic.length());
            }
        }
        return word;
    }
}
