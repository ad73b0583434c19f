package io.nabiz.jobs.replay.report;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.AlertState;
import io.nabiz.engine.alert.Severity;
import io.nabiz.engine.window.IncidentKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One incident's life as a replay saw it: the alert events sharing an id, from open to resolve.
 *
 * @param openedAt the end of the window the incident opened in
 * @param resolvedAt the end of the window it resolved in, or {@code null} if the input ended first
 * @param peakAt the end of the busiest window while it was open
 */
public record Incident(
        String id,
        String rule,
        IncidentKey key,
        Severity severity,
        Instant openedAt,
        Instant resolvedAt,
        long peakCount,
        Instant peakAt,
        List<Alert> events) {

    /** Groups alerts (in replay order) into incidents, ordered by when they opened. */
    public static List<Incident> of(List<Alert> alerts) {
        Map<String, List<Alert>> byId = new LinkedHashMap<>();
        for (Alert a : alerts) {
            byId.computeIfAbsent(a.id(), id -> new ArrayList<>()).add(a);
        }
        List<Incident> incidents = new ArrayList<>();
        for (List<Alert> events : byId.values()) {
            incidents.add(from(events));
        }
        return incidents;
    }

    private static Incident from(List<Alert> events) {
        Alert first = events.get(0);
        Alert last = events.get(events.size() - 1);
        Severity severity = first.severity();
        for (Alert a : events) {
            severity = a.severity().compareTo(severity) > 0 ? a.severity() : severity;
        }
        return new Incident(
                first.id(),
                first.rule(),
                first.key(),
                severity,
                first.openedAt(),
                last.state() == AlertState.RESOLVED ? last.windowEnd() : null,
                last.evidence().peakCount(),
                last.evidence().peakAt(),
                List.copyOf(events));
    }

    /** Whether this incident was open at some point in {@code [from, to]}. */
    public boolean overlaps(Instant from, Instant to) {
        return !openedAt.isAfter(to) && (resolvedAt == null || !resolvedAt.isBefore(from));
    }
}
