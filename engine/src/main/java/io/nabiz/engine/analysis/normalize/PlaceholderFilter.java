package io.nabiz.engine.analysis.normalize;

import io.nabiz.engine.analysis.token.TokenTypes;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Replaces URLs, {@code @mentions}, numbers and masked personal data by one placeholder term each:
 * which link, account or phone number says nothing about a message's mood, and unbounded
 * vocabularies make sparse features.
 */
public final class PlaceholderFilter extends TokenFilter {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

    public PlaceholderFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String placeholder =
                switch (typeAtt.type()) {
                    case TokenTypes.URL -> TokenTypes.URL_TERM;
                    case TokenTypes.MENTION -> TokenTypes.MENTION_TERM;
                    case TokenTypes.NUMBER -> TokenTypes.NUMBER_TERM;
                    case TokenTypes.PERSONAL_DATA -> TokenTypes.personalDataTerm(termAtt);
                    default -> null;
                };
        if (placeholder != null) {
            termAtt.setEmpty().append(placeholder);
        }
        return true;
    }
}
