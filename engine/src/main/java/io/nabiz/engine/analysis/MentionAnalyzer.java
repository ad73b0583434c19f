package io.nabiz.engine.analysis;

import io.nabiz.engine.analysis.aspect.TermTagger;
import io.nabiz.engine.analysis.aspect.TermTaxonomy;
import io.nabiz.engine.analysis.lang.LanguageIdentifier;
import io.nabiz.engine.analysis.sentiment.LexiconSentimentScorer;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Understands one customer message: its language, sentiment, aspects and risk cues.
 *
 * <p>Thread-safe after construction; build one per task and reuse it, since loading the lexicons
 * and taxonomy is the expensive part.
 */
public final class MentionAnalyzer {

    private static final Set<String> SUPPORTED = Set.of("tr", "de", "en");

    private final LanguageIdentifier languages = new LanguageIdentifier();
    private final Map<String, LexiconSentimentScorer> scorers;
    private final TermTagger aspects;
    private final TermTagger cues;

    public MentionAnalyzer(TermTaxonomy taxonomy) {
        this.scorers =
                Map.of(
                        "tr", LexiconSentimentScorer.forLanguage("tr"),
                        "de", LexiconSentimentScorer.forLanguage("de"),
                        "en", LexiconSentimentScorer.forLanguage("en"));
        this.aspects = new TermTagger(taxonomy.aspects());
        this.cues = new TermTagger(taxonomy.cues());
    }

    public static MentionAnalyzer loadDefault() {
        return new MentionAnalyzer(TermTaxonomy.loadDefault());
    }

    /**
     * @param langHint the language the source declared, trusted when it is one we support
     */
    public Analysis analyze(String text, String langHint) {
        String lang =
                langHint != null && SUPPORTED.contains(langHint)
                        ? langHint
                        : languages.identify(SimpleTokenizer.tokens(text, null), text);
        List<String> tokens = SimpleTokenizer.tokens(text, lang);
        LexiconSentimentScorer scorer = scorers.get(lang);
        Sentiment sentiment =
                scorer == null ? new Sentiment(SentimentLabel.NEUTRAL, 0, 0) : scorer.score(tokens);
        return new Analysis(lang, sentiment, aspects.tag(tokens, lang), cues.tag(tokens, lang));
    }
}
