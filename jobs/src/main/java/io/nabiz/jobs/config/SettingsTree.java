package io.nabiz.jobs.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.nabiz.engine.json.Json;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings as a tree of named values: every leaf of {@link JobSettings} found from the record
 * components themselves, so a setting added to the record is overridable the moment it exists.
 */
public final class SettingsTree {

    /** Writes durations as ISO-8601 text, the way the settings file spells them. */
    private static final ObjectMapper MAPPER =
            Json.YAML.copy().disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);

    private static final List<Setting> LEAVES = leavesOf("", JobSettings.class);

    private SettingsTree() {}

    /** Every setting, in the order the records declare them. */
    public static List<Setting> leaves() {
        return LEAVES;
    }

    /** The leaf at {@code path}, or the map setting an entry path such as a.b.key falls under. */
    public static Optional<Setting> find(String path) {
        return LEAVES.stream()
                .filter(
                        s ->
                                s.path().equals(path)
                                        || (s.isMap() && path.startsWith(s.path() + ".")))
                .findFirst();
    }

    /** {@code settings} with the values at the given paths replaced (values as Java objects). */
    public static JobSettings with(JobSettings settings, Map<String, ?> values) {
        ObjectNode root = MAPPER.valueToTree(settings);
        values.forEach((path, v) -> set(root, path, MAPPER.valueToTree(v)));
        try {
            return MAPPER.treeToValue(root, JobSettings.class);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IllegalArgumentException("cannot set " + values.keySet(), e);
        }
    }

    /** Sets the node at a dotted path, creating the objects on the way. */
    static void set(ObjectNode root, String path, JsonNode value) {
        String[] parts = path.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode next = node.get(parts[i]);
            node = next instanceof ObjectNode o ? o : node.putObject(parts[i]);
        }
        node.set(parts[parts.length - 1], value);
    }

    /** Sets one entry of a map setting; the key may hold dots ({@code sasl.jaas.config}). */
    static void setEntry(ObjectNode root, Setting map, String key, String value) {
        JsonNode existing = at(root, map.path());
        ObjectNode entries = existing instanceof ObjectNode o ? o : MAPPER.createObjectNode();
        entries.put(key, value);
        set(root, map.path(), entries);
    }

    /** The node at a dotted path, or a missing node. */
    static JsonNode at(JsonNode root, String path) {
        return root.at("/" + path.replace('.', '/'));
    }

    /** The paths in {@code node} that name no setting, e.g. a misspelt key in a settings file. */
    static List<String> unknownPaths(JsonNode node) {
        List<String> unknown = new ArrayList<>();
        unknownPaths(node, JobSettings.class, "", unknown);
        return unknown;
    }

    private static void unknownPaths(
            JsonNode node, Class<?> record, String prefix, List<String> unknown) {
        if (!node.isObject()) {
            return;
        }
        node.fieldNames()
                .forEachRemaining(
                        name -> {
                            String path = prefix + name;
                            Optional<RecordComponent> c = component(record, name);
                            if (c.isEmpty()) {
                                unknown.add(path);
                            } else if (c.get().getType().isRecord()) {
                                unknownPaths(
                                        node.get(name), c.get().getType(), path + ".", unknown);
                            }
                        });
    }

    private static Optional<RecordComponent> component(Class<?> record, String name) {
        for (RecordComponent c : record.getRecordComponents()) {
            if (c.getName().equals(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static List<Setting> leavesOf(String prefix, Class<?> record) {
        List<Setting> leaves = new ArrayList<>();
        for (RecordComponent c : record.getRecordComponents()) {
            String path = prefix + c.getName();
            if (c.getType().isRecord()) {
                leaves.addAll(leavesOf(path + ".", c.getType()));
            } else {
                leaves.add(new Setting(path, c.getGenericType()));
            }
        }
        return List.copyOf(leaves);
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }
}
