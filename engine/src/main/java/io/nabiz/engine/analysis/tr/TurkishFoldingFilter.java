package io.nabiz.engine.analysis.tr;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Folds Turkish diacritics to ASCII ({@link TurkishFolding}); place after Turkish lower-casing. */
public final class TurkishFoldingFilter extends TokenFilter {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

    public TurkishFoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        TurkishFolding.fold(termAtt.buffer(), termAtt.length());
        return true;
    }
}
