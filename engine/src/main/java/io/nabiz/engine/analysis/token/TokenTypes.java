package io.nabiz.engine.analysis.token;

import io.nabiz.engine.privacy.Placeholder;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The token types that {@link io.nabiz.engine.analysis.normalize.SocialTokenizer} assigns, and the
 * placeholder terms that stand in for tokens whose exact text carries no meaning.
 */
public final class TokenTypes {

    public static final String WORD = "<WORD>";
    public static final String NUMBER = "<NUM>";
    public static final String URL = "<URL>";
    public static final String MENTION = "<MENTION>";
    public static final String HASHTAG = "<HASHTAG>";
    public static final String EMOJI = "<EMOJI>";
    public static final String EMOTICON = "<EMOTICON>";
    public static final String PUNCT = "<PUNCT>";

    /** A typed placeholder for masked personal data, such as {@code [email]}. */
    public static final String PERSONAL_DATA = "<PII>";

    /** Placeholder terms start with this character, which no word does, so stemmers skip them. */
    public static final char PLACEHOLDER_MARK = '_';

    public static final String URL_TERM = "_url";
    public static final String MENTION_TERM = "_user";
    public static final String NUMBER_TERM = "_num";
    public static final String POSITIVE_EMOJI_TERM = "_emopos";
    public static final String NEGATIVE_EMOJI_TERM = "_emoneg";

    /** The terms of every kind of masked personal data, looked up without a substring. */
    private static final Set<String> PERSONAL_DATA_TERMS =
            Stream.of(Placeholder.values())
                    .map(p -> PLACEHOLDER_MARK + p.kindName())
                    .collect(Collectors.toUnmodifiableSet());

    /** The placeholder term of masked personal data: {@code [email]} reads as {@code _email}. */
    public static String personalDataTerm(CharSequence placeholder) {
        return PLACEHOLDER_MARK + placeholder.subSequence(1, placeholder.length() - 1).toString();
    }

    private TokenTypes() {}

    /** True for terms that stand for a class of tokens rather than for a word. */
    public static boolean isPlaceholder(CharSequence term) {
        return term.length() > 0 && term.charAt(0) == PLACEHOLDER_MARK;
    }

    /**
     * True for the term of masked personal data, which carries no sentiment and no aspect: a
     * message reads the same with and without an e-mail address in it.
     */
    public static boolean isMaskedData(String term) {
        return isPlaceholder(term) && PERSONAL_DATA_TERMS.contains(term);
    }

    /** True for the punctuation that closes a clause, and with it any negation scope. */
    public static boolean isClauseBoundary(String type) {
        return PUNCT.equals(type);
    }
}
