package io.nabiz.engine.analysis;

import java.util.List;
import java.util.Objects;

/**
 * What the engine understood of one message.
 *
 * @param lang {@code tr}, {@code de}, {@code en}, or {@code und} when the text gives too little
 *     evidence
 * @param aspects the taxonomy aspects the message is about (delivery, billing, …), possibly empty
 * @param cues risk cues found in the message (churn, legal, escalation)
 * @param tokens the analysed stems, negated ones marked {@code !}; filled only by {@link
 *     MentionAnalyzer#explain}, empty otherwise
 */
public record Analysis(
        String lang,
        Sentiment sentiment,
        List<String> aspects,
        List<String> cues,
        List<String> tokens) {

    public static final String UNKNOWN_LANGUAGE = "und";

    public Analysis {
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(sentiment, "sentiment");
        aspects = List.copyOf(aspects);
        cues = List.copyOf(cues);
        tokens = List.copyOf(tokens);
    }

    /** An analysis without the explanation tokens. */
    public Analysis(String lang, Sentiment sentiment, List<String> aspects, List<String> cues) {
        this(lang, sentiment, aspects, cues, List.of());
    }
}
