package io.nabiz.engine.analysis.backend;

import io.nabiz.engine.analysis.Sentiment;
import io.nabiz.engine.analysis.SentimentLabel;
import java.util.List;
import java.util.Set;

/**
 * An optional, heavier analysis engine found on the classpath through {@link
 * java.util.ServiceLoader} (Stanford CoreNLP in the {@code corenlp} module): sentence-level
 * sentiment and named entities where it is strong. The default build ships none, so the demo and
 * the tests never load its models.
 */
public interface AnalysisBackend {

    /** No backend: sentiment from the trained models, no entities. */
    AnalysisBackend NONE = new NoBackend();

    /** The name the CLI selects it by ({@code --analyzer corenlp}). */
    String name();

    /** The languages {@link #sentiment} scores. */
    Set<String> sentimentLanguages();

    /**
     * The sentiment of {@code text}, choosing only among {@code allowed} labels.
     *
     * @param lang one of {@link #sentimentLanguages()}
     */
    Sentiment sentiment(String text, String lang, Set<SentimentLabel> allowed);

    /** Named entities of {@code text}; empty for a language the backend does not cover. */
    List<Entity> entities(String text, String lang);
}
