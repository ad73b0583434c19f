package io.nabiz.engine.privacy;

import java.util.Objects;

/** Where in a text one piece of personal data sits, and what replaces it. */
public record Span(int start, int end, Placeholder placeholder) {

    public Span {
        Objects.requireNonNull(placeholder, "placeholder");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty span " + start + ".." + end);
        }
    }
}
