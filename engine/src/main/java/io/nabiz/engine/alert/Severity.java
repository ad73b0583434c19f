package io.nabiz.engine.alert;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How urgently an incident needs a person, lowest first. */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Severity fromWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** This severity raised by {@code steps}, capped at {@link #CRITICAL}. */
    public Severity raisedBy(int steps) {
        return values()[Math.min(ordinal() + Math.max(0, steps), CRITICAL.ordinal())];
    }
}
