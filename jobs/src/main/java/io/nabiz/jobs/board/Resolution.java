package io.nabiz.jobs.board;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * What a person decided about an incident, as the resolutions topic carries it (keyed by incident
 * id): other tools learn from these records.
 *
 * @param alertId the incident id, the alert's {@code id}
 * @param note free text, or {@code null}
 * @param by who decided, as they named themselves on the board
 */
public record Resolution(
        @JsonProperty("alert_id") String alertId, State state, String note, String by, Instant at) {

    /** Longest note kept; a resolution is a sentence or a paragraph, not a document. */
    public static final int MAX_NOTE = 2000;

    public static final int MAX_BY = 80;

    /** The decisions a person can record, in the order an incident goes through them. */
    public enum State {
        ACKNOWLEDGED,
        RESOLVED;

        @com.fasterxml.jackson.annotation.JsonValue
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        @com.fasterxml.jackson.annotation.JsonCreator
        public static State fromWireName(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }
    }

    public Resolution {
        Objects.requireNonNull(alertId, "alert_id");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}
