package io.nabiz.engine.analysis.tr;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/** Stems Turkish words with {@link TurkishPrefixStemmer}; keyword-marked tokens pass unchanged. */
public final class TurkishPrefixStemFilter extends TokenFilter {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
    private final int prefix;

    public TurkishPrefixStemFilter(TokenStream input, int prefix) {
        super(input);
        this.prefix = prefix;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keywordAtt.isKeyword()) {
            termAtt.setLength(
                    TurkishPrefixStemmer.stem(termAtt.buffer(), termAtt.length(), prefix));
        }
        return true;
    }
}
