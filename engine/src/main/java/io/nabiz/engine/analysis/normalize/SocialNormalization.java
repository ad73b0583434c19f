package io.nabiz.engine.analysis.normalize;

import org.apache.lucene.analysis.TokenStream;

/**
 * The language-independent first steps every message analyzer shares: placeholders for URLs,
 * mentions and numbers, hashtag splitting, and emoji polarity. Lower-casing comes after, because it
 * is language-specific and hashtag splitting needs the capitals.
 */
public final class SocialNormalization {

    private SocialNormalization() {}

    public static TokenStream apply(TokenStream tokens) {
        return new EmojiSentimentFilter(new HashtagSplitFilter(new PlaceholderFilter(tokens)));
    }
}
