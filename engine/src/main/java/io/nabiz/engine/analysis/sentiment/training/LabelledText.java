package io.nabiz.engine.analysis.sentiment.training;

import io.nabiz.engine.analysis.SentimentLabel;
import java.util.Objects;

/** A text with its gold sentiment label. */
public record LabelledText(String text, SentimentLabel label) {

    public LabelledText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(label, "label");
    }
}
