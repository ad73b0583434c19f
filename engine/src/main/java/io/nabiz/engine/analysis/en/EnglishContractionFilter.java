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

    @Override
    public void reset() throws IOException {
        super.reset();
        pendingNot = null;
    }
}
