package io.nabiz.engine.window;

import java.util.Objects;

/** What an incident is about: one brand's one aspect (delivery, billing, …). */
public record IncidentKey(String brand, String aspect) {

    /** The aspect of mentions that name none of the taxonomy's aspects. */
    public static final String GENERAL = "general";

    /** The aspect of the key that counts every mention of the brand. */
    public static final String BRAND_WIDE = "all";

    public IncidentKey {
        Objects.requireNonNull(brand, "brand");
        Objects.requireNonNull(aspect, "aspect");
    }

    public boolean isBrandWide() {
        return BRAND_WIDE.equals(aspect);
    }

    @Override
    public String toString() {
        return brand + "/" + aspect;
    }
}
