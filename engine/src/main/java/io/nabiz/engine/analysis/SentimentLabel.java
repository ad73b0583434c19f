package io.nabiz.engine.analysis;

import java.util.Locale;

/** The polarity of a message. */
public enum SentimentLabel {
    NEGATIVE,
    NEUTRAL,
    POSITIVE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
