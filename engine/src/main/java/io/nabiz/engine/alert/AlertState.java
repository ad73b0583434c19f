package io.nabiz.engine.alert;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where an alert is in its life: one incident opens once, may update or escalate, resolves once.
 */
public enum AlertState {
    OPEN,
    UPDATED,
    ESCALATED,
    RESOLVED;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static AlertState fromWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
