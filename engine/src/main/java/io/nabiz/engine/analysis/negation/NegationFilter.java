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
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Marks the tokens inside a negation's scope with {@link NegationAttribute}, as decided by a
 * language's {@link NegationRules}. Runs before stemming, on surface forms, because stemming erases
 * Turkish negative suffixes.
 *
 * <p>Buffers the whole message, since scope can reach backwards; customer messages are short. It
 * buffers term, type, offsets and position increment, which is all the message chains set before
 * it, rather than cloning every attribute with {@code captureState}, which cost more than the rest
 * of the chain.
 */
public final class NegationFilter extends TokenFilter {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posIncAtt =
            addAttribute(PositionIncrementAttribute.class);
    private final NegationAttribute negationAtt = addAttribute(NegationAttribute.class);
    private final NegationRules rules;

    private final List<Buffered> tokens = new ArrayList<>();
    private boolean[] negated;
    private String[] terms;
    private int next = -1;

    private record Buffered(String term, String type, int start, int end, int posInc, int word) {}

    public NegationFilter(TokenStream input, NegationRules rules) {
        super(input);
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (next < 0) {
            readMessage();
        }
        if (next >= tokens.size()) {
            return false;
        }
        Buffered t = tokens.get(next);
        clearAttributes();
        termAtt.setEmpty().append(terms[next]);
        typeAtt.setType(t.type());
        offsetAtt.setOffset(t.start(), t.end());
        posIncAtt.setPositionIncrement(t.posInc());
        negationAtt.setNegated(negated[next]);
        next++;
        return true;
    }

    /**
     * Reads the message; the rules see only words that start a position, and the parts a
     * decompounder stacked on a word (position increment 0) share that word's negation.
     */
    private void readMessage() throws IOException {
        List<String> words = new ArrayList<>();
        List<Boolean> ends = new ArrayList<>();
        while (input.incrementToken()) {
            String term = termAtt.toString();
            if (posIncAtt.getPositionIncrement() > 0 || words.isEmpty()) {
                words.add(term);
                ends.add(TokenTypes.isClauseBoundary(typeAtt.type()));
            }
            tokens.add(
                    new Buffered(
                            term,
                            typeAtt.type(),
                            offsetAtt.startOffset(),
                            offsetAtt.endOffset(),
                            posIncAtt.getPositionIncrement(),
                            words.size() - 1));
        }
        String[] wordTerms = words.toArray(new String[0]);
        boolean[] clauseEnds = new boolean[wordTerms.length];
        for (int i = 0; i < clauseEnds.length; i++) {
            clauseEnds[i] = ends.get(i);
        }
        boolean[] wordNegated = new boolean[wordTerms.length];
        rules.mark(wordTerms, clauseEnds, wordNegated);
        terms = new String[tokens.size()];
        negated = new boolean[tokens.size()];
        for (int i = 0; i < terms.length; i++) {
            Buffered t = tokens.get(i);
            negated[i] = wordNegated[t.word()];
            boolean head = i == 0 || tokens.get(i - 1).word() != t.word();
            // The rules may rewrite a word (Turkish gelmedi → gel), never a compound part.
            terms[i] = head ? wordTerms[t.word()] : t.term();
        }
        next = 0;
    }

    @Override
    public void end() throws IOException {
        super.end();
        negationAtt.setNegated(false);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        tokens.clear();
        terms = null;
        negated = null;
        next = -1;
    }
}
