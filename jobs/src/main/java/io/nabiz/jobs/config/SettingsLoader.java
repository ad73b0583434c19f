package io.nabiz.jobs.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a job's settings from three layers: the bundled {@code config/nabiz.yaml}, an optional file
 * holding only what differs from it, and single values from flags or the environment, later layers
 * winning. Everything is checked before a job starts, and every problem is reported at once, each
 * naming where the value came from.
 */
public final class SettingsLoader {

    static final String BUNDLED = "config/nabiz.yaml";

    private final ObjectNode root;

    /** Where each value that does not come from the bundled file was given. */
    private final Map<String, String> origins = new HashMap<>();

    private final List<String> problems = new ArrayList<>();

    private SettingsLoader(ObjectNode root) {
        this.root = root;
    }

    /** Raised with every problem found, one line each. */
    public static final class InvalidSettingsException extends Exception {
        private final List<String> problems;

        InvalidSettingsException(List<String> problems) {
            super(String.join("\n", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    /**
     * @param file a settings file over the bundled one, or {@code null}
     * @param overrides applied in order: give the environment's first, then the flags
     */
    public static JobSettings load(Path file, List<SettingOverride> overrides)
            throws InvalidSettingsException {
        SettingsLoader loader = new SettingsLoader(bundled());
        if (file != null) {
            loader.merge(file);
        }
        overrides.forEach(loader::apply);
        loader.checkTypes();
        loader.failOnProblems();
        JobSettings settings;
        try {
            settings = SettingsTree.mapper().treeToValue(loader.root, JobSettings.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidSettingsException(List.of("invalid settings: " + e.getMessage()));
        }
        for (SettingsCheck.Problem p : SettingsCheck.problems(settings)) {
            loader.problem(p.path(), p.text());
        }
        loader.failOnProblems();
        return settings;
    }

    private static ObjectNode bundled() {
        try (InputStream in = SettingsLoader.class.getResourceAsStream("/" + BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("missing resource /" + BUNDLED);
            }
            return (ObjectNode) SettingsTree.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read /" + BUNDLED, e);
        }
    }

    private void merge(Path file) throws InvalidSettingsException {
        JsonNode tree;
        try {
            tree = SettingsTree.mapper().readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new InvalidSettingsException(
                    List.of("cannot read settings " + file + ": " + e.getMessage()));
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            return;
        }
        if (!tree.isObject()) {
            throw new InvalidSettingsException(
                    List.of(file + ": expected settings as in " + BUNDLED + ", not " + tree));
        }
        for (String unknown : SettingsTree.unknownPaths(tree)) {
            problems.add(file + ": " + unknown + " is not a setting (see " + BUNDLED + ")");
        }
        mergeInto(root, (ObjectNode) tree, "", file.toString());
    }

    /** Objects merge key by key; lists and values replace what was there. */
    private void mergeInto(ObjectNode target, ObjectNode source, String prefix, String origin) {
        source.fields()
                .forEachRemaining(
                        e -> {
                            String path = prefix + e.getKey();
                            JsonNode existing = target.get(e.getKey());
                            Optional<Setting> leaf = SettingsTree.find(path);
                            if (existing instanceof ObjectNode o
                                    && e.getValue() instanceof ObjectNode v
                                    && (leaf.isEmpty() || leaf.get().isMap())) {
                                mergeInto(o, v, path + ".", origin);
                            } else {
                                target.set(e.getKey(), e.getValue());
                                origins.put(path, origin);
                            }
                        });
    }

    private void apply(SettingOverride o) {
        Optional<Setting> setting = SettingsTree.find(o.path());
        if (setting.isEmpty()) {
            problems.add(o.origin() + ": " + o.path() + " is not a setting");
            return;
        }
        Setting s = setting.get();
        if (s.isMap()) {
            String key = o.path().substring(s.path().length() + 1);
            SettingsTree.setEntry(root, s, key, o.raw());
            return;
        }
        try {
            SettingsTree.set(root, s.path(), s.parse(o.raw()));
            origins.put(s.path(), o.origin());
        } catch (IOException e) {
            problems.add(o.origin() + ": '" + o.raw() + "' is not " + s.expected());
        }
    }

    /** Converts each leaf alone, so one bad value is one message naming it. */
    private void checkTypes() {
        for (Setting s : SettingsTree.leaves()) {
            JsonNode node = SettingsTree.at(root, s.path());
            if (node.isMissingNode() || node.isNull() || s.isMap() && node.isObject()) {
                continue;
            }
            try {
                SettingsTree.mapper().convertValue(node, s.javaType());
            } catch (IllegalArgumentException e) {
                String shown = node.isValueNode() ? node.asText() : node.toString();
                problem(s.path(), "'" + shown + "' is not " + s.expected());
            }
        }
    }

    private void problem(String path, String text) {
        String origin = origins.get(path);
        // Flags and variables name the setting themselves; a file's value is named by its path.
        if (origin != null && (origin.startsWith("--") || origin.startsWith(Setting.ENV_PREFIX))) {
            problems.add(origin + ": " + text);
        } else {
            problems.add((origin == null ? BUNDLED : origin) + ": " + path + " " + text);
        }
    }

    private void failOnProblems() throws InvalidSettingsException {
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
    }
}
