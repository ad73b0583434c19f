package io.nabiz.engine.cases;

import java.util.Iterator;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Terms that were analysed already, as a token stream for a Lucene field: the index stores exactly
 * the terms {@link CaseAnalysis#terms} gave, the same ones the query is built from.
 */
final class TermListTokenStream extends TokenStream {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final List<String> terms;
    private Iterator<String> next;

    TermListTokenStream(List<String> terms) {
        this.terms = List.copyOf(terms);
    }

    @Override
    public void reset() {
        next = terms.iterator();
    }

    @Override
    public boolean incrementToken() {
        if (!next.hasNext()) {
            return false;
        }
        clearAttributes();
        termAtt.setEmpty().append(next.next());
        return true;
    }
}
