package io.nabiz.engine.analysis.backend;

import io.nabiz.engine.analysis.Sentiment;
import io.nabiz.engine.analysis.SentimentLabel;
import java.util.List;
import java.util.Set;

/** The absent backend, so that callers need no null checks on the hot path. */
final class NoBackend implements AnalysisBackend {

    @Override
    public String name() {
        return "none";
    }

    @Override
    public Set<String> sentimentLanguages() {
        return Set.of();
    }

    @Override
    public Sentiment sentiment(String text, String lang, Set<SentimentLabel> allowed) {
        throw new UnsupportedOperationException("no backend scores " + lang);
    }

    @Override
    public List<Entity> entities(String text, String lang) {
        return List.of();
    }
}
