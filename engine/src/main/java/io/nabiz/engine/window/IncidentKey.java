package io.nabiz.engine.window;

import java.util.Objects;

/** What an incident is about: one brand's one aspect (delivery, billing, …). */
public record IncidentKey(String brand, String aspect) {

    /** The aspect of mentions that name none of the taxonomy's aspects. */
    public static final String GENERAL = "general";

    public IncidentKey {
        Objects.requireNonNull(brand, "brand");
        Objects.requireNonNull(aspect, "aspect");
    }

    @Override
    public String toString() {
        return brand + "/" + aspect;
    }
}
