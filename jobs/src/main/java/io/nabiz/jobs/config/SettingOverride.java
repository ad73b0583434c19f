package io.nabiz.jobs.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One value given outside the settings file.
 *
 * @param origin where it came from, as the user wrote it: {@code --parallelism} or {@code
 *     NABIZ_PARALLELISM}, named in problem messages
 * @param path the setting's path; for an entry of a map setting, the map's path, a dot and the key
 * @param raw the value as text
 */
public record SettingOverride(String origin, String path, String raw) {

    /**
     * The values the environment sets: {@link Setting#envVar()} for each setting, and for a map
     * setting every variable that starts with its name and an underscore, the rest lower-cased with
     * underscores as dots ({@code NABIZ_KAFKA_PROPERTIES_SASL_MECHANISM} sets {@code
     * kafka.properties.sasl.mechanism}). Other variables are left alone.
     */
    public static List<SettingOverride> fromEnvironment(Map<String, String> env) {
        List<SettingOverride> found = new ArrayList<>();
        // Sorted, so that problems are reported in the same order every run.
        Map<String, String> sorted = new TreeMap<>(env);
        for (Setting s : SettingsTree.leaves()) {
            if (!s.isMap()) {
                String v = sorted.get(s.envVar());
                if (v != null) {
                    found.add(new SettingOverride(s.envVar(), s.path(), v));
                }
                continue;
            }
            String prefix = s.envVar() + "_";
            sorted.forEach(
                    (name, v) -> {
                        if (name.startsWith(prefix) && name.length() > prefix.length()) {
                            String key =
                                    name.substring(prefix.length())
                                            .toLowerCase(Locale.ROOT)
                                            .replace('_', '.');
                            found.add(new SettingOverride(name, s.path() + "." + key, v));
                        }
                    });
        }
        return found;
    }
}
