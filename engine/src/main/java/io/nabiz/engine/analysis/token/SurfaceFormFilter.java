package io.nabiz.engine.analysis.token;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Records each token's current term as its {@link SurfaceAttribute}; placed just before the
 * stemmer, so the surface is the normalised, unstemmed word.
 *
 * <p>Cheaper than Lucene's {@code KeywordRepeatFilter}, which would clone every token's state to
 * emit it twice.
 */
public final class SurfaceFormFilter extends TokenFilter {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final SurfaceAttribute surfaceAtt = addAttribute(SurfaceAttribute.class);

    public SurfaceFormFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        surfaceAtt.setSurface(termAtt.toString());
        return true;
    }
}
