package io.nabiz.jobs.config;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.nabiz.engine.json.Json;
import java.io.IOException;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One leaf of {@link JobSettings}, named by its path in {@code config/nabiz.yaml} ({@code
 * kafka.bootstrapServers}): the flag and the environment variable that override it, and how a value
 * written on a command line becomes a value of its type.
 */
public record Setting(String path, Type type) {

    /** Every environment variable that sets a value starts with this. */
    public static final String ENV_PREFIX = "NABIZ_";

    /** {@code --kafka.bootstrapServers}: the path as written in the settings file. */
    public String flag() {
        return "--" + path;
    }

    /** {@code NABIZ_KAFKA_BOOTSTRAP_SERVERS}: camel case split at capitals, dots as underscores. */
    public String envVar() {
        return ENV_PREFIX
                + path.replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                        .replace('.', '_')
                        .toUpperCase(Locale.ROOT);
    }

    /** A map of free-form entries ({@code kafka.properties}), set one entry at a time. */
    public boolean isMap() {
        return Map.class.isAssignableFrom(javaType().getRawClass());
    }

    public JavaType javaType() {
        return Json.YAML.getTypeFactory().constructType(type);
    }

    /**
     * The tree node for {@code raw}: text for scalars (Jackson converts it to the field's type), a
     * comma-separated or YAML flow list for lists, {@code null} for an empty value.
     */
    public JsonNode parse(String raw) throws IOException {
        Class<?> raw0 = javaType().getRawClass();
        if (Collection.class.isAssignableFrom(raw0)) {
            String v = raw.strip();
            if (v.startsWith("[")) {
                return Json.YAML.readTree(v);
            }
            ArrayNode list = JsonNodeFactory.instance.arrayNode();
            Arrays.stream(v.split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .forEach(list::add);
            return list;
        }
        return raw.isEmpty() ? NullNode.getInstance() : TextNode.valueOf(raw);
    }

    /** What a valid value looks like, for problem messages. */
    public String expected() {
        Class<?> c = javaType().getRawClass();
        if (c == Duration.class) {
            return "an ISO-8601 duration such as PT10S";
        }
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            return "a whole number";
        }
        if (c == boolean.class || c == Boolean.class) {
            return "true or false";
        }
        if (c.isEnum()) {
            return "one of "
                    + Arrays.stream(c.getEnumConstants())
                            .map(e -> Json.YAML.valueToTree(e).asText())
                            .collect(Collectors.joining(", "));
        }
        if (Collection.class.isAssignableFrom(c)) {
            return "a list such as a,b or [a, b]";
        }
        return "a " + c.getSimpleName();
    }
}
