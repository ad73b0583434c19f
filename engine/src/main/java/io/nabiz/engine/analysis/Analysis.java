package io.nabiz.engine.analysis;

import io.nabiz.engine.analysis.backend.Entity;
import java.util.List;
import java.util.Objects;

/**
 * What the engine understood of one message.
 *
 * @param lang {@code tr}, {@code de}, {@code en}, or {@code und} when the text gives too little
 *     evidence
 * @param aspects the taxonomy aspects the message is about (delivery, billing, …), possibly empty
 * @param cues risk cues found in the message (churn, legal, escalation)
 * @param entities named entities, found only when an {@link
 *     io.nabiz.engine.analysis.backend.AnalysisBackend} is configured; empty otherwise
 * @param tokens the analysed stems, negated ones marked {@code !}; filled only by {@link
 *     MentionAnalyzer#explain}, empty otherwise
 */
public record Analysis(
        String lang,
        Sentiment sentiment,
        List<String> aspects,
        List<String> cues,
        List<Entity> entities,
        List<String> tokens) {

    public static final String UNKNOWN_LANGUAGE = "und";

    public Analysis {
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(sentiment, "sentiment");
        aspects = List.copyOf(aspects);
        cues = List.copyOf(cues);
        entities = List.copyOf(entities);
        tokens = List.copyOf(tokens);
    }

    /** An analysis without entities and explanation tokens. */
    public Analysis(String lang, Sentiment sentiment, List<String> aspects, List<String> cues) {
        this(lang, sentiment, aspects, cues, List.of(), List.of());
    }
}
