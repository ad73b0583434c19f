package io.nabiz.engine.analysis.backend;

import java.util.Objects;

/**
 * A named entity found in a message.
 *
 * @param text the entity as written
 * @param type {@code ORG}, {@code LOCATION} or {@code MISC} (products, events, brands that are not
 *     organisations)
 */
public record Entity(String text, String type) {

    public static final String ORG = "ORG";
    public static final String LOCATION = "LOCATION";
    public static final String MISC = "MISC";

    public Entity {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
    }
}
