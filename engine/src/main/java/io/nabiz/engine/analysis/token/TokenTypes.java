package io.nabiz.engine.analysis.token;

import java.util.Set;

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

    /** Personal data masked upstream as a typed placeholder ({@code [email]}, {@code [iban]}). */
    public static final String MASKED = "<MASKED>";

    /** The masked kinds, as written between brackets; {@code [url]} joins the URL placeholder. */
    public static final Set<String> MASKED_KINDS = Set.of("email", "phone", "iban", "card", "id");

    public static final String URL_KIND = "url";

    /** Placeholder terms start with this character, which no word does, so stemmers skip them. */
    public static final char PLACEHOLDER_MARK = '_';

    public static final String URL_TERM = "_url";
    public static final String MENTION_TERM = "_user";
    public static final String NUMBER_TERM = "_num";
    public static final String POSITIVE_EMOJI_TERM = "_emopos";
    public static final String NEGATIVE_EMOJI_TERM = "_emoneg";

    private TokenTypes() {}

    /** True for terms that stand for a class of tokens rather than for a word. */
    public static boolean isPlaceholder(CharSequence term) {
        return term.length() > 0 && term.charAt(0) == PLACEHOLDER_MARK;
    }

    /** The term of a masked kind: {@code _email}, {@code _iban}, … */
    public static String maskedTerm(String kind) {
        return PLACEHOLDER_MARK + kind;
    }

    /**
     * True for the term of masked personal data, which carries no sentiment and no aspect: a
     * message reads the same with and without an e-mail address in it.
     */
    public static boolean isMaskedData(String term) {
        return isPlaceholder(term) && MASKED_KINDS.contains(term.substring(1));
    }

    /** True for the punctuation that closes a clause, and with it any negation scope. */
    public static boolean isClauseBoundary(String type) {
        return PUNCT.equals(type);
    }
}
