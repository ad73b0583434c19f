package io.nabiz.engine.cases;

import io.nabiz.engine.analysis.LanguageAnalyzers;
import io.nabiz.engine.analysis.token.Term;
import io.nabiz.engine.analysis.token.TermReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Turns a case's or a query's text into the terms of its language's field, either with the
 * project's message analysis or with Lucene's plain {@link StandardAnalyzer} as a baseline.
 *
 * <p>The project's analysis is the chain the sentiment model reads ({@code tr/}, {@code de/},
 * {@code en/}): Turkish casing and diacritic folding, so {@code Kargom hâlâ gelmedi} and {@code
 * kargom hala gelmedi} meet; German compounds split ({@code Lieferverzögerung} also gives {@code
 * liefer}); negation marked before stemming. A negated stem is also indexed as {@code !stem}, the
 * notation of {@code nabiz analyze --explain}, so "the parcel did not arrive" is closer to "it
 * never arrived" than to "the parcel arrived". Index and query both go through {@link #terms} and
 * {@link #indexTerms}, so they cannot disagree.
 */
public final class CaseAnalysis {

    private static final String FIELD = "text";

    private final boolean project;
    private final Map<String, Analyzer> analyzers = new HashMap<>();

    private CaseAnalysis(boolean project) {
        this.project = project;
        for (String lang : LanguageAnalyzers.SUPPORTED) {
            analyzers.put(
                    lang, project ? LanguageAnalyzers.forLanguage(lang) : new StandardAnalyzer());
        }
    }

    /** The project's per-language message analysis. */
    public static CaseAnalysis project() {
        return new CaseAnalysis(true);
    }

    /** Lucene's StandardAnalyzer for every language: tokens lower-cased, nothing else. */
    public static CaseAnalysis plain() {
        return new CaseAnalysis(false);
    }

    public boolean isProject() {
        return project;
    }

    /**
     * The analysed words of {@code text} in {@code lang}; for the plain baseline each token is its
     * own surface and stem, never negated.
     */
    public List<Term> terms(String lang, String text) {
        Analyzer analyzer = analyzers.get(lang);
        if (analyzer == null) {
            throw new IllegalArgumentException("unsupported language '" + lang + "'");
        }
        // Composed first: the folding filters know "â" as one code point, not "a" + U+0302.
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        return project ? TermReader.read(analyzer, composed) : plainTerms(analyzer, composed);
    }

    /**
     * The terms as indexed: every stem, and a negated one once more with a leading {@code !}.
     * Negation thus adds a match between texts that deny the same thing without taking away the
     * word: "Internet geht nicht mehr, Router blinkt" still matches a case about the router.
     */
    public static List<String> indexTerms(List<Term> terms) {
        List<String> out = new ArrayList<>(terms.size());
        for (Term t : terms) {
            if (t.stem().codePoints().noneMatch(Character::isLetterOrDigit)) {
                // Punctuation and emoticons carry sentiment and negation scope, not a topic.
                continue;
            }
            out.add(t.stem());
            if (t.negated()) {
                out.add(t.display());
            }
        }
        return out;
    }

    private static List<Term> plainTerms(Analyzer analyzer, String text) {
        List<Term> terms = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(FIELD, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(new Term(term.toString(), term.toString(), false, false));
            }
            ts.end();
        } catch (IOException e) {
            // Analyzers read from a String: an IOException here is a bug, not an input problem.
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
