package io.nabiz.engine.analysis.normalize;

import io.nabiz.engine.analysis.token.TokenTypes;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Collapses lengthened words to their spelling ({@code çoook} → çok) and long punctuation runs to
 * two marks ({@code !!!!!} → !!), keeping the emphasis without a feature per length.
 */
public final class ElongationFilter extends TokenFilter {

    private static final int KEEP_LETTERS = 1;
    private static final int KEEP_PUNCTUATION = 2;

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

    public ElongationFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String type = typeAtt.type();
        if (TokenTypes.WORD.equals(type) || TokenTypes.PUNCT.equals(type)) {
            int keep = TokenTypes.WORD.equals(type) ? KEEP_LETTERS : KEEP_PUNCTUATION;
            termAtt.setLength(Elongation.collapse(termAtt.buffer(), termAtt.length(), keep));
        }
        return true;
    }
}
