package io.nabiz.engine.alert;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.nabiz.engine.window.IncidentKey;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One event in an incident's life, as the Alert JSON contract ({@code
 * config/schemas/alert.schema.json}) defines it.
 *
 * <p>Every event of one incident carries the same {@code id}; {@code seq} counts the events, so a
 * subscriber can tell an update from a new incident and spot a gap.
 *
 * @param rule the rule that opened the incident
 * @param triggers the rules that fired in this event's window, in rule-set order
 * @param headline what is happening, in one sentence per firing rule
 * @param openedAt the end of the window in which the incident opened
 * @param action what the playbook suggests a person does now
 * @param similarCases past cases like this incident and what resolved them, best first; {@code
 *     null} (omitted from the JSON) when none were looked up or none matched
 */
public record Alert(
        int v,
        String id,
        int seq,
        IncidentKey key,
        String rule,
        List<String> triggers,
        Severity severity,
        AlertState state,
        String headline,
        Instant openedAt,
        Instant windowStart,
        Instant windowEnd,
        Figures figures,
        Evidence evidence,
        Action action,
        @JsonProperty("similar_cases") List<SimilarCase> similarCases) {

    public static final int VERSION = 1;

    public Alert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(state, "state");
        // One representation of "none", so an alert equals itself after a JSON round trip.
        similarCases =
                similarCases == null || similarCases.isEmpty() ? null : List.copyOf(similarCases);
    }

    /** An alert as the rules raise it, before any similar cases are looked up. */
    public Alert(
            int v,
            String id,
            int seq,
            IncidentKey key,
            String rule,
            List<String> triggers,
            Severity severity,
            AlertState state,
            String headline,
            Instant openedAt,
            Instant windowStart,
            Instant windowEnd,
            Figures figures,
            Evidence evidence,
            Action action) {
        this(
                v,
                id,
                seq,
                key,
                rule,
                triggers,
                severity,
                state,
                headline,
                openedAt,
                windowStart,
                windowEnd,
                figures,
                evidence,
                action,
                null);
    }

    /** This alert with {@code cases} attached (an empty list removes them). */
    public Alert withSimilarCases(List<SimilarCase> cases) {
        return new Alert(
                v,
                id,
                seq,
                key,
                rule,
                triggers,
                severity,
                state,
                headline,
                openedAt,
                windowStart,
                windowEnd,
                figures,
                evidence,
                action,
                cases);
    }

    /**
     * A stable incident id: the same rule opening on the same key in the same window gets the same
     * id in every run, so replays are comparable and consumers can deduplicate.
     */
    public static String incidentId(String rule, IncidentKey key, Instant openedAt) {
        String name = rule + '|' + key.brand() + '|' + key.aspect() + '|' + openedAt;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
