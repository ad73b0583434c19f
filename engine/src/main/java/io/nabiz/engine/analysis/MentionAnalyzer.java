package io.nabiz.engine.analysis;

import io.nabiz.engine.analysis.aspect.TermTagger;
import io.nabiz.engine.analysis.aspect.TermTaxonomy;
import io.nabiz.engine.analysis.backend.AnalysisBackend;
import io.nabiz.engine.analysis.lang.LanguageIdentifier;
import io.nabiz.engine.analysis.sentiment.SentimentScorer;
import io.nabiz.engine.analysis.sentiment.ServicePriors;
import io.nabiz.engine.analysis.token.Term;
import io.nabiz.engine.analysis.token.TermReader;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * Understands one customer message: its language, sentiment, aspects and risk cues.
 *
 * <p>Thread-safe after construction; build one per task and reuse it, since loading the models,
 * lexicons and taxonomy is the expensive part.
 */
public final class MentionAnalyzer {

    private static final String FIELD = "text";

    /** The tagger's sections. */
    static final int ASPECTS = 0;

    static final int CUES = 1;

    private static final Set<SentimentLabel> ALL_LABELS = EnumSet.allOf(SentimentLabel.class);

    private final LanguageIdentifier languages;
    private final Map<String, Analyzer> analyzers = new HashMap<>();
    private final Map<String, SentimentScorer> scorers = new HashMap<>();
    private final UndeterminedSentiment undetermined;

    /** Aspects and cues, tagged in one walk over the words. */
    private final TermTagger tagger;

    private final AnalysisBackend sentimentBackend;
    private final AnalysisBackend entityBackend;

    /**
     * @param sentimentBackend scores sentiment in its {@link AnalysisBackend#sentimentLanguages()}
     *     instead of the trained models; {@link AnalysisBackend#NONE} for the trained models
     *     everywhere
     * @param entityBackend finds named entities; {@link AnalysisBackend#NONE} for none
     */
    public MentionAnalyzer(
            TermTaxonomy taxonomy,
            LanguageIdentifier languages,
            AnalysisBackend sentimentBackend,
            AnalysisBackend entityBackend) {
        this.languages = languages;
        this.sentimentBackend = Objects.requireNonNull(sentimentBackend, "sentimentBackend");
        this.entityBackend = Objects.requireNonNull(entityBackend, "entityBackend");
        for (String lang : LanguageAnalyzers.SUPPORTED) {
            Analyzer analyzer = LanguageAnalyzers.forLanguage(lang);
            analyzers.put(lang, analyzer);
            scorers.put(lang, SentimentScorer.loadDefault(lang, analyzer));
        }
        this.undetermined = new UndeterminedSentiment(analyzers, scorers);
        this.tagger =
                new TermTagger(
                        List.of(taxonomy.aspects(), taxonomy.cues()),
                        this::normalise,
                        LanguageAnalyzers.COMPOUNDING);
    }

    /** The analyzer with the shipped taxonomy, language-id model and sentiment models. */
    public static MentionAnalyzer loadDefault() {
        return loadDefault(AnalysisBackend.NONE, AnalysisBackend.NONE);
    }

    /** The shipped models, with backends for sentiment and for named entities. */
    public static MentionAnalyzer loadDefault(
            AnalysisBackend sentimentBackend, AnalysisBackend entityBackend) {
        return new MentionAnalyzer(
                TermTaxonomy.loadDefault(),
                LanguageIdentifier.loadDefault(),
                sentimentBackend,
                entityBackend);
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
            return undetermined.analyze(text, tagger, explain);
        }
        List<Term> terms = TermReader.read(analyzer, text);
        List<List<String>> tags = tagger.tagSections(terms, lang);
        List<String> foundCues = tags.get(CUES);
        return new Analysis(
                lang,
                sentiment(text, lang, terms, foundCues, ALL_LABELS),
                tags.get(ASPECTS),
                foundCues,
                entityBackend.entities(text, lang),
                explain ? terms.stream().map(Term::display).toList() : List.of());
    }

    /**
     * The sentiment of a message in a supported language, choosing only among {@code allowed}
     * labels (a binary evaluation set allows two): the same reading {@link #analyze} gives.
     */
    public Sentiment sentiment(String text, String lang, Set<SentimentLabel> allowed) {
        Analyzer analyzer = analyzers.get(lang);
        if (analyzer == null) {
            throw new IllegalArgumentException("unsupported language " + lang);
        }
        List<Term> terms = TermReader.read(analyzer, text);
        return sentiment(text, lang, terms, tagger.tagSections(terms, lang).get(CUES), allowed);
    }

    private Sentiment sentiment(
            String text,
            String lang,
            List<Term> terms,
            List<String> foundCues,
            Set<SentimentLabel> allowed) {
        if (sentimentBackend.sentimentLanguages().contains(lang)) {
            return sentimentBackend.sentiment(text, lang, allowed);
        }
        boolean threat =
                ServicePriors.isThreat(
                        foundCues, terms, t -> tagger.tagSections(t, lang).get(CUES));
        return scorers.get(lang).score(terms, allowed, threat);
    }

    private String normalise(String lang, String stem) {
        Analyzer analyzer = analyzers.get(lang);
        return analyzer == null ? stem : analyzer.normalize(FIELD, stem).utf8ToString();
    }
}
