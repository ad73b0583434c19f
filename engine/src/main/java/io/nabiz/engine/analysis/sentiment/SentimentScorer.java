package io.nabiz.engine.analysis.sentiment;

import io.nabiz.engine.analysis.LanguageAnalyzers;
import io.nabiz.engine.analysis.Sentiment;
import io.nabiz.engine.analysis.SentimentLabel;
import io.nabiz.engine.analysis.token.Term;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/** One language's trained sentiment model together with the featurizer it was trained with. */
public final class SentimentScorer {

    /** Where {@code nabiz train} writes, and the engine reads, the model of each language. */
    public static final String MODEL_RESOURCE = "/io/nabiz/models/sentiment/%s.model";

    private static final Set<SentimentLabel> ALL = EnumSet.allOf(SentimentLabel.class);

    private final SentimentModel model;
    private final Featurizer featurizer;

    public SentimentScorer(SentimentModel model, Featurizer featurizer) {
        this.model = Objects.requireNonNull(model, "model");
        this.featurizer = Objects.requireNonNull(featurizer, "featurizer");
    }

    /** Loads the shipped model of {@code lang}; fails loudly when it is missing. */
    public static SentimentScorer loadDefault(String lang, Analyzer analyzer) {
        String path = String.format(MODEL_RESOURCE, lang);
        try (InputStream in = SentimentScorer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(
                        "missing sentiment model "
                                + path
                                + "; train it with `nabiz train --lang "
                                + lang
                                + "`");
            }
            SentimentModel model = SentimentModelCodec.read(in);
            return new SentimentScorer(model, Featurizer.load(lang, analyzer, model.settings()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** Convenience for callers that hold only the language. */
    public static SentimentScorer loadDefault(String lang) {
        return loadDefault(lang, LanguageAnalyzers.forLanguage(lang));
    }

    public Sentiment score(List<Term> terms) {
        return score(terms, ALL, false);
    }

    /**
     * Scores choosing only among {@code allowed} labels, e.g. positive/negative for binary data,
     * with the {@link ServicePriors} of customer service applied.
     *
     * @param threat whether the message threatens to leave or to sue: a churn or legal cue outside
     *     negation
     */
    public Sentiment score(List<Term> terms, Set<SentimentLabel> allowed, boolean threat) {
        return model.predict(scores(terms, threat, allowed), allowed);
    }

    /** Every label's probability, priors applied. */
    public Map<SentimentLabel, Double> probabilities(List<Term> terms) {
        double[] p = model.softmax(scores(terms, false, ALL), ALL);
        Map<SentimentLabel, Double> out = new EnumMap<>(SentimentLabel.class);
        for (int c = 0; c < p.length; c++) {
            out.put(model.labels().get(c), p[c]);
        }
        return out;
    }

    private double[] scores(List<Term> terms, boolean threat, Set<SentimentLabel> allowed) {
        Featurizer.Reading reading = featurizer.read(terms);
        double[] scores = model.scores(reading.vector());
        ServicePriors.apply(
                scores,
                model.labels(),
                reading,
                threat,
                allowed,
                model.priorGate(),
                model.stanceGate());
        return scores;
    }

    public SentimentModel model() {
        return model;
    }
}
