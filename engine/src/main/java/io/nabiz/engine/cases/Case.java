package io.nabiz.engine.cases;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Objects;

/**
 * A past incident and what resolved it, as one line of a case base ({@code
 * config/schemas/case.schema.json}).
 *
 * @param lang the language the case is written in: {@code tr}, {@code de} or {@code en}
 * @param aspect an aspect of {@code config/aspects.yaml}, or {@code all} for the brand as a whole
 * @param text what customers said and what went wrong
 * @param by who resolved it; {@code null} when unknown
 */
public record Case(
        String id,
        String lang,
        String brand,
        String aspect,
        String title,
        String text,
        String resolution,
        @JsonProperty("resolved_at") Instant resolvedAt,
        String by) {

    public Case {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(brand, "brand");
        Objects.requireNonNull(aspect, "aspect");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(resolvedAt, "resolvedAt");
    }
}
