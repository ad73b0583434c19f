package io.nabiz.engine.analysis.normalize;

import io.nabiz.engine.analysis.token.TokenTypes;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Maps emoji and emoticons of known polarity to a positive or negative placeholder term, so that
 * 😡, 🤬 and {@code >:(} share one feature; emoji of unclear polarity stay as they are.
 */
public final class EmojiSentimentFilter extends TokenFilter {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

    public EmojiSentimentFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        int polarity =
                switch (typeAtt.type()) {
                    case TokenTypes.EMOJI ->
                            EmojiPolarity.polarity(Character.codePointAt(termAtt, 0));
                    case TokenTypes.EMOTICON -> Emoticons.polarity(termAtt.toString());
                    default -> 0;
                };
        if (polarity != 0) {
            termAtt.setEmpty()
                    .append(
                            polarity > 0
                                    ? TokenTypes.POSITIVE_EMOJI_TERM
                                    : TokenTypes.NEGATIVE_EMOJI_TERM);
        }
        return true;
    }
}
