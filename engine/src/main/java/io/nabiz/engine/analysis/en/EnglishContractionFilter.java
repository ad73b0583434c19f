package io.nabiz.engine.analysis.en;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Splits negative contractions into verb and {@code not} and strips other clitics ({@link
 * EnglishContractions}), so that negation scope sees an explicit {@code not}.
 */
public final class EnglishContractionFilter extends TokenFilter {

    private static final char RIGHT_SINGLE_QUOTE = '\u2019';
    private static final char APOSTROPHE = '\'';

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posIncAtt =
            addAttribute(PositionIncrementAttribute.class);
    private State pendingNot;

    public EnglishContractionFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pendingNot != null) {
            restoreState(pendingNot);
            pendingNot = null;
            termAtt.setEmpty().append(EnglishContractions.NOT);
            posIncAtt.setPositionIncrement(1);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (!mayBeContraction()) {
            return true;
        }
        String word = termAtt.toString().replace(RIGHT_SINGLE_QUOTE, APOSTROPHE);
        String verb = EnglishContractions.negatedVerb(word);
        if (verb != null) {
            termAtt.setEmpty().append(verb);
            pendingNot = captureState();
        } else {
            termAtt.setEmpty().append(EnglishContractions.withoutClitic(word));
        }
        return true;
    }

    /**
     * Whether the term may be a contraction at all: it has an apostrophe, or ends in {@code t} as
     * every apostrophe-less negative form does ({@code dont}, {@code cannot}). Most words are
     * neither and pass untouched, without a string built for them.
     */
    private boolean mayBeContraction() {
        int n = termAtt.length();
        char[] buffer = termAtt.buffer();
        if (n > 0 && buffer[n - 1] == 't') {
            return true;
        }
        for (int i = 0; i < n; i++) {
            if (buffer[i] == APOSTROPHE || buffer[i] == RIGHT_SINGLE_QUOTE) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pendingNot = null;
    }
}
