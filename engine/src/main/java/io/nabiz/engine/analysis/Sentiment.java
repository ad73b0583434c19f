package io.nabiz.engine.analysis;

import java.util.Objects;

/**
 * A message's polarity.
 *
 * @param score −1 (most negative) to 1 (most positive)
 * @param confidence 0..1, how sure the scorer is of {@code label}
 */
public record Sentiment(SentimentLabel label, double score, double confidence) {

    public Sentiment {
        Objects.requireNonNull(label, "label");
        if (score < -1 || score > 1 || confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("score must be in −1..1 and confidence in 0..1");
        }
    }

    public boolean isNegative() {
        return label == SentimentLabel.NEGATIVE;
    }
}
