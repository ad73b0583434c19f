package io.nabiz.engine.analysis.normalize;

import io.nabiz.engine.analysis.token.TokenTypes;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Turns a hashtag into the words it is made of ({@code #KargoRezalet} → kargo, rezalet), since
 * people tag the very complaint they write about. Must run before lower-casing.
 */
public final class HashtagSplitFilter extends TokenFilter {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final Deque<String> pending = new ArrayDeque<>();
    private State state;

    public HashtagSplitFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(state);
            termAtt.setEmpty().append(pending.poll());
            typeAtt.setType(TokenTypes.WORD);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (TokenTypes.HASHTAG.equals(typeAtt.type())) {
            List<String> parts = CamelCase.split(termAtt);
            typeAtt.setType(TokenTypes.WORD);
            if (parts.size() > 1) {
                termAtt.setEmpty().append(parts.get(0));
                pending.addAll(parts.subList(1, parts.size()));
                state = captureState();
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        state = null;
    }
}
