package io.nabiz.engine.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The project's shared, thread-safe JSON and YAML mappers. */
public final class Json {

    /** Deeper nesting than this is hostile input, not a mention. */
    public static final int MAX_NESTING_DEPTH = 32;

    /** One mapper for every JSON contract: ISO-8601 times, no nulls, stable field order. */
    public static final ObjectMapper MAPPER =
            JsonMapper.builder(
                            JsonFactory.builder()
                                    .streamReadConstraints(
                                            StreamReadConstraints.builder()
                                                    .maxNestingDepth(MAX_NESTING_DEPTH)
                                                    .build())
                                    .build())
                    .addModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .serializationInclusion(JsonInclude.Include.NON_NULL)
                    .build();

    /**
     * YAML for configuration files: rules, taxonomies, job settings. A key written twice in one
     * mapping is an error: YAML would keep the later value silently, and a setting a user thinks is
     * in force would not be.
     */
    public static final ObjectMapper YAML =
            YAMLMapper.builder(new YAMLFactory())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .addModule(new JavaTimeModule())
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .build();

    private Json() {}
}
