package io.nabiz.engine.alert;

import java.util.Objects;

/**
 * A past case attached to an alert: what happened before that looks like this incident, and what
 * resolved it.
 *
 * @param score the retrieval score, rounded to three decimals; comparable within one alert only
 * @param lang the language the case is written in
 */
public record SimilarCase(String id, String title, String resolution, double score, String lang) {

    public SimilarCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(lang, "lang");
    }
}
