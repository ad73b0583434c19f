package io.nabiz.engine.analysis;

import io.nabiz.engine.analysis.aspect.TermTagger;
import io.nabiz.engine.analysis.aspect.TermTaxonomy;
import io.nabiz.engine.analysis.lang.LanguageIdentifier;
import io.nabiz.engine.analysis.sentiment.SentimentScorer;
import io.nabiz.engine.analysis.token.Term;
import io.nabiz.engine.analysis.token.TermReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;

/**
 * Understands one customer message: its language, sentiment, aspects and risk cues.
 *
 * <p>Thread-safe after construction; build one per task and reuse it, since loading the models,
 * lexicons and taxonomy is the expensive part.
 */
public final class MentionAnalyzer {

    private static final String FIELD = "text";

    private final LanguageIdentifier languages;
    private final Map<String, Analyzer> analyzers = new HashMap<>();
    private final Map<String, SentimentScorer> scorers = new HashMap<>();
    private final UndeterminedSentiment undetermined;
    private final TermTagger aspects;
    private final TermTagger cues;

    public MentionAnalyzer(TermTaxonomy taxonomy, LanguageIdentifier languages) {
        this.languages = languages;
        for (String lang : LanguageAnalyzers.SUPPORTED) {
            Analyzer analyzer = LanguageAnalyzers.forLanguage(lang);
            analyzers.put(lang, analyzer);
            scorers.put(lang, SentimentScorer.loadDefault(lang, analyzer));
        }
        this.undetermined = new UndeterminedSentiment(analyzers, scorers);
        this.aspects = new TermTagger(taxonomy.aspects(), this::normalise);
        this.cues = new TermTagger(taxonomy.cues(), this::normalise);
    }

    /** The analyzer with the shipped taxonomy, language-id model and sentiment models. */
    public static MentionAnalyzer loadDefault() {
        return new MentionAnalyzer(TermTaxonomy.loadDefault(), LanguageIdentifier.loadDefault());
    }

    /**
     * @param langHint the language the source declared, trusted when it is one we support
     */
    public Analysis analyze(String text, String langHint) {
        return analyze(text, langHint, false);
    }

    /** Like {@link #analyze}, and also lists the analysed tokens, for {@code --explain}. */
    public Analysis explain(String text, String langHint) {
        return analyze(text, langHint, true);
    }

    private Analysis analyze(String text, String langHint, boolean explain) {
        String lang = LanguageAnalyzers.isSupported(langHint) ? langHint : languages.identify(text);
        Analyzer analyzer = analyzers.get(lang);
        if (analyzer == null) {
            return undetermined.analyze(text, aspects, cues, explain);
        }
        List<Term> terms = TermReader.read(analyzer, text);
        return new Analysis(
                lang,
                scorers.get(lang).score(terms),
                aspects.tag(terms, lang),
                cues.tag(terms, lang),
                explain ? terms.stream().map(Term::display).toList() : List.of());
    }

    private String normalise(String lang, String stem) {
        Analyzer analyzer = analyzers.get(lang);
        return analyzer == null ? stem : analyzer.normalize(FIELD, stem).utf8ToString();
    }
}
