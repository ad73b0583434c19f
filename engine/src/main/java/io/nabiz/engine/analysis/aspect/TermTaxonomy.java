package io.nabiz.engine.analysis.aspect;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.nabiz.engine.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The aspect and cue vocabulary from {@code config/aspects.yaml}: for each aspect (delivery,
 * billing, …) and each cue (churn, legal, escalation), the word stems that signal it per language.
 */
public record TermTaxonomy(
        Map<String, Map<String, List<String>>> aspects,
        Map<String, Map<String, List<String>>> cues) {

    public static final String DEFAULT_RESOURCE = "/config/aspects.yaml";

    @JsonCreator
    public TermTaxonomy(
            @JsonProperty("aspects") Map<String, Map<String, List<String>>> aspects,
            @JsonProperty("cues") Map<String, Map<String, List<String>>> cues) {
        this.aspects = new TreeMap<>(Objects.requireNonNull(aspects, "aspects"));
        this.cues = new TreeMap<>(Objects.requireNonNull(cues, "cues"));
    }

    /** The taxonomy that ships with the engine. */
    public static TermTaxonomy loadDefault() {
        try (InputStream in = TermTaxonomy.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return Json.YAML.readValue(in, TermTaxonomy.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
        }
    }
}
