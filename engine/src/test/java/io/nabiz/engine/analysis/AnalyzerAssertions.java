package io.nabiz.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nabiz.engine.analysis.token.Term;
import io.nabiz.engine.analysis.token.TermReader;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;

/** Exact-token assertions over a message analyzer's output. */
public final class AnalyzerAssertions {

    private AnalyzerAssertions() {}

    public static List<Term> terms(Analyzer analyzer, String text) {
        return TermReader.read(analyzer, text);
    }

    /** The normalised surface forms, in order. */
    public static void assertSurfaces(Analyzer analyzer, String text, String... expected) {
        assertEquals(
                List.of(expected),
                terms(analyzer, text).stream().map(Term::surface).toList(),
                text);
    }

    /** The stems with negated ones marked {@code !}, in order. */
    public static void assertStems(Analyzer analyzer, String text, String... expected) {
        assertEquals(
                List.of(expected),
                terms(analyzer, text).stream().map(Term::display).toList(),
                text);
    }
}
