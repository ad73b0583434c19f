package io.nabiz.engine.analysis;

import io.nabiz.engine.analysis.aspect.TermTagger;
import io.nabiz.engine.analysis.sentiment.SentimentScorer;
import io.nabiz.engine.analysis.token.Term;
import io.nabiz.engine.analysis.token.TermReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * Analyses a message whose language could not be told ({@code ok 👍}, {@code 😡😡}, a name): every
 * language's model scores it and their probabilities are averaged, since emoji, emoticons and
 * shared words carry sentiment whatever the language.
 */
final class UndeterminedSentiment {

    private final Map<String, Analyzer> analyzers;
    private final Map<String, SentimentScorer> scorers;

    UndeterminedSentiment(Map<String, Analyzer> analyzers, Map<String, SentimentScorer> scorers) {
        this.analyzers = analyzers;
        this.scorers = scorers;
    }

    /**
     * @param tagger tags aspects and cues, as sections {@link MentionAnalyzer#ASPECTS} and {@link
     *     MentionAnalyzer#CUES}
     */
    Analysis analyze(String text, TermTagger tagger, boolean explain) {
        Map<SentimentLabel, Double> mean = new EnumMap<>(SentimentLabel.class);
        Set<String> foundAspects = new LinkedHashSet<>();
        Set<String> foundCues = new LinkedHashSet<>();
        List<String> tokens = new ArrayList<>();
        for (String lang : LanguageAnalyzers.SUPPORTED) {
            List<Term> terms = TermReader.read(analyzers.get(lang), text);
            scorers.get(lang)
                    .probabilities(terms)
                    .forEach(
                            (label, p) ->
                                    mean.merge(
                                            label,
                                            p / LanguageAnalyzers.SUPPORTED.size(),
                                            Double::sum));
            List<List<String>> tags = tagger.tagSections(terms, lang);
            foundAspects.addAll(tags.get(MentionAnalyzer.ASPECTS));
            foundCues.addAll(tags.get(MentionAnalyzer.CUES));
            if (explain && tokens.isEmpty()) {
                terms.forEach(t -> tokens.add(t.display()));
            }
        }
        SentimentLabel best = SentimentLabel.NEUTRAL;
        for (Map.Entry<SentimentLabel, Double> e : mean.entrySet()) {
            if (e.getValue() > mean.getOrDefault(best, 0.0)) {
                best = e.getKey();
            }
        }
        double score =
                mean.getOrDefault(SentimentLabel.POSITIVE, 0.0)
                        - mean.getOrDefault(SentimentLabel.NEGATIVE, 0.0);
        Sentiment sentiment =
                new Sentiment(
                        best,
                        Math.max(-1, Math.min(1, score)),
                        Math.max(0, Math.min(1, mean.getOrDefault(best, 0.0))));
        return new Analysis(
                Analysis.UNKNOWN_LANGUAGE,
                sentiment,
                List.copyOf(foundAspects),
                List.copyOf(foundCues),
                List.of(),
                tokens);
    }
}
