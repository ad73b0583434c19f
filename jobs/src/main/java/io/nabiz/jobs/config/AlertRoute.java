package io.nabiz.jobs.config;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.Severity;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A topic that also receives the alerts matching it, besides the main alerts topic: the urgent ones
 * for an on-call team, one brand's for that brand's care team.
 *
 * @param minSeverity only alerts at least this severe; absent: any severity
 * @param brands only alerts of these brands; absent or empty: any brand
 */
public record AlertRoute(String topic, Severity minSeverity, List<String> brands)
        implements Serializable {

    public AlertRoute {
        Objects.requireNonNull(topic, "an alert route needs a topic");
        brands = brands == null ? List.of() : List.copyOf(brands);
    }

    public boolean matches(Alert alert) {
        return (minSeverity == null || alert.severity().compareTo(minSeverity) >= 0)
                && (brands.isEmpty() || brands.contains(alert.key().brand()));
    }
}
