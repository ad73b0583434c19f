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
 * unstemmed form from {@link SurfaceAttribute} (the analyzers end in the negation filter, which
 * records it, and a stemmer), negation from {@link NegationAttribute}. A word the stemmer left
 * alone shares one string for both, so that its hash is computed once for all later lookups; other
 * stems come from {@link TermStrings}, for the same reason.
 */
public final class TermReader {

    private static final String FIELD = "text";

    /**
     * Fewer chars per term than customer messages have (about five, with the space), so that the
     * list of terms is sized once instead of growing and copying itself three or four times.
     */
    private static final int CHARS_PER_TERM = 4;

    private TermReader() {}

    public static List<Term> read(Analyzer analyzer, String text) {
        List<Term> terms = new ArrayList<>(text.length() / CHARS_PER_TERM + 1);
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
                    String stem =
                            sameChars(termAtt, surface)
                                    ? surface
                                    : TermStrings.SHARED.of(termAtt.buffer(), termAtt.length());
                    terms.add(new Term(surface, stem, negationAtt.isNegated(), part));
                }
            }
            ts.end();
        } catch (IOException e) {
            // Analyzers read from a String: an IOException here is a bug, not an input problem.
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static boolean sameChars(CharTermAttribute term, String s) {
        int n = term.length();
        if (n != s.length()) {
            return false;
        }
        char[] buffer = term.buffer();
        for (int i = 0; i < n; i++) {
            if (buffer[i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
