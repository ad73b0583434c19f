package io.nabiz.engine.analysis.negation;

import io.nabiz.engine.analysis.token.NegationAttribute;
import io.nabiz.engine.analysis.token.SurfaceAttribute;
import io.nabiz.engine.analysis.token.TermStrings;
import io.nabiz.engine.analysis.token.TokenTypes;
import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Marks the tokens inside a negation's scope with {@link NegationAttribute}, as decided by a
 * language's {@link NegationRules}, and records each emitted term as the token's {@link
 * SurfaceAttribute}. Runs before stemming, on surface forms, because stemming erases Turkish
 * negative suffixes; the stemmer comes right after it, so what it emits is the surface form.
 *
 * <p>Buffers the whole message, since scope can reach backwards; customer messages are short. It
 * buffers term, type, offsets and position increment in parallel arrays, which is all the message
 * chains set before it, rather than cloning every attribute with {@code captureState}, which cost
 * more than the rest of the chain. The surface is the very string the rules saw, so later lookups
 * of it (signal phrases, cue words) reuse its hash; it comes from {@link TermStrings}, so a word
 * seen before costs no new string and no new hash.
 */
public final class NegationFilter extends TokenFilter {

    private static final int INITIAL_TOKENS = 32;

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posIncAtt =
            addAttribute(PositionIncrementAttribute.class);
    private final NegationAttribute negationAtt = addAttribute(NegationAttribute.class);
    private final SurfaceAttribute surfaceAtt = addAttribute(SurfaceAttribute.class);
    private final NegationRules rules;

    // One entry per buffered token.
    private String[] terms = new String[INITIAL_TOKENS];
    private String[] types = new String[INITIAL_TOKENS];
    private int[] starts = new int[INITIAL_TOKENS];
    private int[] ends = new int[INITIAL_TOKENS];
    private int[] posIncs = new int[INITIAL_TOKENS];
    private int[] wordOf = new int[INITIAL_TOKENS];
    private boolean[] negated = new boolean[INITIAL_TOKENS];
    private int size;

    // One entry per word (a token that starts a position).
    private String[] words = new String[INITIAL_TOKENS];
    private boolean[] clauseEnds = new boolean[INITIAL_TOKENS];

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
        if (next >= size) {
            return false;
        }
        clearAttributes();
        termAtt.setEmpty().append(terms[next]);
        typeAtt.setType(types[next]);
        offsetAtt.setOffset(starts[next], ends[next]);
        posIncAtt.setPositionIncrement(posIncs[next]);
        negationAtt.setNegated(negated[next]);
        surfaceAtt.setSurface(terms[next]);
        next++;
        return true;
    }

    /**
     * Reads the message; the rules see only words that start a position, and the parts a
     * decompounder stacked on a word (position increment 0) share that word's negation.
     */
    private void readMessage() throws IOException {
        size = 0;
        int wordCount = 0;
        while (input.incrementToken()) {
            if (size == terms.length) {
                growTokens();
            }
            String term = TermStrings.SHARED.of(termAtt.buffer(), termAtt.length());
            int posInc = posIncAtt.getPositionIncrement();
            if (posInc > 0 || wordCount == 0) {
                if (wordCount == words.length) {
                    words = Arrays.copyOf(words, wordCount * 2);
                    clauseEnds = Arrays.copyOf(clauseEnds, wordCount * 2);
                }
                words[wordCount] = term;
                clauseEnds[wordCount] = TokenTypes.isClauseBoundary(typeAtt.type());
                wordCount++;
            }
            terms[size] = term;
            types[size] = typeAtt.type();
            starts[size] = offsetAtt.startOffset();
            ends[size] = offsetAtt.endOffset();
            posIncs[size] = posInc;
            wordOf[size] = wordCount - 1;
            size++;
        }
        String[] wordTerms = Arrays.copyOf(words, wordCount);
        boolean[] wordNegated = new boolean[wordCount];
        rules.mark(wordTerms, Arrays.copyOf(clauseEnds, wordCount), wordNegated);
        for (int i = 0; i < size; i++) {
            int word = wordOf[i];
            negated[i] = wordNegated[word];
            boolean head = i == 0 || wordOf[i - 1] != word;
            // The rules may rewrite a word (Turkish gelmedi → gel), never a compound part.
            if (head) {
                terms[i] = wordTerms[word];
            }
        }
        next = 0;
    }

    private void growTokens() {
        int n = terms.length * 2;
        terms = Arrays.copyOf(terms, n);
        types = Arrays.copyOf(types, n);
        starts = Arrays.copyOf(starts, n);
        ends = Arrays.copyOf(ends, n);
        posIncs = Arrays.copyOf(posIncs, n);
        wordOf = Arrays.copyOf(wordOf, n);
        negated = Arrays.copyOf(negated, n);
    }

    @Override
    public void end() throws IOException {
        super.end();
        negationAtt.setNegated(false);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        // Drop the previous message's strings; the arrays are kept for the next one.
        Arrays.fill(terms, 0, size, null);
        Arrays.fill(words, null);
        size = 0;
        next = -1;
    }
}
