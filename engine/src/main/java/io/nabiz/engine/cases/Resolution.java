package io.nabiz.engine.cases;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JacksonException;
import io.nabiz.engine.json.Json;
import java.io.IOException;
import java.time.Instant;
import java.util.Locale;

/**
 * What a person recorded about an incident on the resolutions topic, keyed by incident id: {@code
 * {"alert_id", "state": "acknowledged"|"resolved", "note", "by", "at"}}. Unknown fields are
 * ignored, so the record can grow.
 *
 * @param alertId the incident id ({@code Alert.id})
 * @param note what resolved it, in the person's words; {@code null} when none was given
 */
public record Resolution(
        @JsonProperty("alert_id") String alertId,
        String state,
        String note,
        String by,
        Instant at) {

    public static final String RESOLVED = "resolved";
    public static final String ACKNOWLEDGED = "acknowledged";

    public boolean isResolved() {
        return RESOLVED.equals(state);
    }

    /**
     * Reads one record.
     *
     * @throws IOException naming the problem, when it is not JSON or lacks the incident id, the
     *     state or the time
     */
    public static Resolution decode(byte[] json) throws IOException {
        Resolution r;
        try {
            r = Json.MAPPER.readValue(json, Resolution.class);
        } catch (JacksonException e) {
            throw new IOException("not a resolution record: " + e.getOriginalMessage(), e);
        }
        if (r == null || r.alertId() == null || r.alertId().isBlank()) {
            throw new IOException("a resolution record needs alert_id");
        }
        if (!RESOLVED.equals(r.state()) && !ACKNOWLEDGED.equals(r.state())) {
            throw new IOException(
                    String.format(
                            Locale.ROOT,
                            "state '%s' is not %s or %s",
                            r.state(),
                            ACKNOWLEDGED,
                            RESOLVED));
        }
        if (r.at() == null) {
            throw new IOException("a resolution record needs at");
        }
        return r;
    }
}
