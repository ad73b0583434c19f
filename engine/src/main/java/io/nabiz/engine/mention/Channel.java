package io.nabiz.engine.mention;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a customer spoke: private channels (chat, e-mail, survey responses) usually lead public
 * ones (social).
 */
public enum Channel {
    CHAT,
    EMAIL,
    SOCIAL,
    /** Survey responses: NPS and CSAT scores with their verbatim as the text. */
    SURVEY;

    /** The lower-case name used in JSON and topic names. */
    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isPrivate() {
        return this != SOCIAL;
    }

    public static Optional<Channel> fromWireName(String name) {
        for (Channel c : values()) {
            if (c.wireName().equals(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
