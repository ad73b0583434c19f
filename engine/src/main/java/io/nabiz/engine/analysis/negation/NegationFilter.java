package io.nabiz.engine.analysis.negation;

import io.nabiz.engine.analysis.token.NegationAttribute;
import io.nabiz.engine.analysis.token.TokenTypes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Marks the tokens inside a negation's scope with {@link NegationAttribute}, as decided by a
 * language's {@link NegationRules}. Runs before stemming, on surface forms, because stemming erases
 * Turkish negative suffixes.
 *
 * <p>Buffers the whole message: customer messages are short, and scope can reach backwards.
 */
public final class NegationFilter extends TokenFilter {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final NegationAttribute negationAtt = addAttribute(NegationAttribute.class);
    private final NegationRules rules;

    private final List<State> states = new ArrayList<>();
    private String[] terms;
    private boolean[] negated;
    private int next = -1;

    public NegationFilter(TokenStream input, NegationRules rules) {
        super(input);
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (next < 0) {
            readMessage();
        }
        if (next >= states.size()) {
            return false;
        }
        restoreState(states.get(next));
        if (!termAtt.toString().equals(terms[next])) {
            termAtt.setEmpty().append(terms[next]);
        }
        negationAtt.setNegated(negated[next]);
        next++;
        return true;
    }

    private void readMessage() throws IOException {
        List<String> read = new ArrayList<>();
        List<Boolean> ends = new ArrayList<>();
        while (input.incrementToken()) {
            states.add(captureState());
            read.add(termAtt.toString());
            ends.add(TokenTypes.isClauseBoundary(typeAtt.type()));
        }
        terms = read.toArray(new String[0]);
        boolean[] clauseEnds = new boolean[terms.length];
        for (int i = 0; i < clauseEnds.length; i++) {
            clauseEnds[i] = ends.get(i);
        }
        negated = new boolean[terms.length];
        rules.mark(terms, clauseEnds, negated);
        next = 0;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        states.clear();
        terms = null;
        negated = null;
        next = -1;
    }
}
