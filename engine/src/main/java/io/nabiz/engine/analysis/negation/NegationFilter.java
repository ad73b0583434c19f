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
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
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
    private final PositionIncrementAttribute posIncAtt =
            addAttribute(PositionIncrementAttribute.class);
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

    /**
     * Reads the message; the rules see only words that start a position, and the parts a
     * decompounder stacked on a word (position increment 0) share that word's negation.
     */
    private void readMessage() throws IOException {
        List<String> all = new ArrayList<>();
        List<Integer> wordOf = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<Boolean> ends = new ArrayList<>();
        while (input.incrementToken()) {
            states.add(captureState());
            all.add(termAtt.toString());
            if (posIncAtt.getPositionIncrement() > 0 || words.isEmpty()) {
                words.add(termAtt.toString());
                ends.add(TokenTypes.isClauseBoundary(typeAtt.type()));
            }
            wordOf.add(words.size() - 1);
        }
        String[] wordTerms = words.toArray(new String[0]);
        boolean[] clauseEnds = new boolean[wordTerms.length];
        for (int i = 0; i < clauseEnds.length; i++) {
            clauseEnds[i] = ends.get(i);
        }
        boolean[] wordNegated = new boolean[wordTerms.length];
        rules.mark(wordTerms, clauseEnds, wordNegated);
        terms = all.toArray(new String[0]);
        negated = new boolean[terms.length];
        for (int i = 0; i < terms.length; i++) {
            int w = wordOf.get(i);
            negated[i] = wordNegated[w];
            boolean head = i == 0 || wordOf.get(i - 1) != w;
            if (head) {
                terms[i] = wordTerms[w];
            }
        }
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
