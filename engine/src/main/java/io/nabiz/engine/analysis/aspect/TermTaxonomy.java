package io.nabiz.engine.analysis.aspect;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.nabiz.engine.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The aspect and cue vocabulary from {@code config/aspects.yaml}: for each aspect (delivery,
 * billing, …) and each cue (churn, legal, escalation), the word stems that signal it per language.
 * Validated against {@code config/schemas/aspects.schema.json} when loaded.
 */
public record TermTaxonomy(
        Map<String, Map<String, List<String>>> aspects,
        Map<String, Map<String, List<String>>> cues) {

    public static final String DEFAULT_RESOURCE = "/config/aspects.yaml";
    public static final String SCHEMA_RESOURCE = "/config/schemas/aspects.schema.json";

    private static final TypeReference<Map<String, Map<String, List<String>>>> SECTION =
            new TypeReference<>() {};

    public TermTaxonomy {
        // Insertion order is the taxonomy's order, which tagging output follows.
        aspects = new LinkedHashMap<>(Objects.requireNonNull(aspects, "aspects"));
        cues = new LinkedHashMap<>(Objects.requireNonNull(cues, "cues"));
    }

    /** The taxonomy that ships with the engine. */
    public static TermTaxonomy loadDefault() {
        try (InputStream in = TermTaxonomy.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return read(in, DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
        }
    }

    /**
     * Reads and validates a taxonomy.
     *
     * @throws IllegalArgumentException listing every schema violation
     */
    public static TermTaxonomy read(InputStream yaml, String source) throws IOException {
        JsonNode node = Json.YAML.readTree(yaml);
        Set<ValidationMessage> errors = schema().validate(node);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(
                    source
                            + " does not match "
                            + SCHEMA_RESOURCE
                            + ": "
                            + errors.stream()
                                    .map(ValidationMessage::getMessage)
                                    .sorted()
                                    .collect(Collectors.joining("; ")));
        }
        return new TermTaxonomy(
                Json.YAML.convertValue(node.get("aspects"), SECTION),
                Json.YAML.convertValue(node.get("cues"), SECTION));
    }

    private static JsonSchema schema() throws IOException {
        try (InputStream in = TermTaxonomy.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE);
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }
}
