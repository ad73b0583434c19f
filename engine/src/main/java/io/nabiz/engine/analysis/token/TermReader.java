package io.nabiz.engine.analysis.token;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Runs a message analyzer over a text and collects its {@link Term}s: the stem from the term, the
 * unstemmed form from {@link SurfaceAttribute} (the analyzers end in {@link SurfaceFormFilter} + a
 * stemmer), negation from {@link NegationAttribute}.
 */
public final class TermReader {

    private static final String FIELD = "text";

    private TermReader() {}

    public static List<Term> read(Analyzer analyzer, String text) {
        List<Term> terms = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(FIELD, text)) {
            CharTermAttribute termAtt = ts.addAttribute(CharTermAttribute.class);
            SurfaceAttribute surfaceAtt = ts.addAttribute(SurfaceAttribute.class);
            PositionIncrementAttribute posIncAtt =
                    ts.addAttribute(PositionIncrementAttribute.class);
            NegationAttribute negationAtt = ts.addAttribute(NegationAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String surface = surfaceAtt.surface();
                boolean part = posIncAtt.getPositionIncrement() == 0 && !terms.isEmpty();
                // The decompounder also reports a dictionary word found whole; once is enough.
                if (!(part && surface.equals(terms.get(terms.size() - 1).surface()))) {
                    terms.add(new Term(surface, termAtt.toString(), negationAtt.isNegated(), part));
                }
            }
            ts.end();
        } catch (IOException e) {
            // Analyzers read from a String: an IOException here is a bug, not an input problem.
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
