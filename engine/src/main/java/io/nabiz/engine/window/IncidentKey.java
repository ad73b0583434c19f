package io.nabiz.engine.window;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * What an incident is about: one brand's one aspect (delivery, billing, …), optionally narrowed to
 * one language and/or one channel by a {@link KeyKind} ("Turkish speakers on chat about delivery").
 *
 * @param lang the language the key is narrowed to, or {@code null} for every language
 * @param channel the channel's wire name the key is narrowed to, or {@code null} for every channel
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IncidentKey(String brand, String aspect, String lang, String channel) {

    /** The aspect of mentions that name none of the taxonomy's aspects. */
    public static final String GENERAL = "general";

    /** The aspect of the key that counts every mention of the brand. */
    public static final String BRAND_WIDE = "all";

    /** Separates the parts of a key's {@link #path()}: neither aspects nor codes contain it. */
    private static final String PATH_SEPARATOR = "/";

    public IncidentKey {
        Objects.requireNonNull(brand, "brand");
        Objects.requireNonNull(aspect, "aspect");
    }

    /** A brand × aspect key: every language, every channel. */
    public IncidentKey(String brand, String aspect) {
        this(brand, aspect, null, null);
    }

    public boolean isBrandWide() {
        return BRAND_WIDE.equals(aspect);
    }

    /** Whether the key is narrowed to a language or a channel. */
    @JsonIgnore
    public boolean isNarrowed() {
        return lang != null || channel != null;
    }

    /** The brand × aspect key this one narrows (itself when it is not narrowed). */
    public IncidentKey aspectKey() {
        return isNarrowed() ? new IncidentKey(brand, aspect) : this;
    }

    /**
     * The key within its brand, as text: the aspect, then {@code lang=…} and {@code channel=…} when
     * narrowed. A brand × aspect key's path is its aspect, as keyed state has always named it.
     */
    public String path() {
        if (!isNarrowed()) {
            return aspect; // most keys; the rule operator asks for paths while sorting
        }
        StringBuilder p = new StringBuilder(aspect);
        if (lang != null) {
            p.append(PATH_SEPARATOR).append("lang=").append(lang);
        }
        if (channel != null) {
            p.append(PATH_SEPARATOR).append("channel=").append(channel);
        }
        return p.toString();
    }

    /** The key of {@code brand} whose {@link #path()} is {@code path}. */
    public static IncidentKey ofPath(String brand, String path) {
        String[] parts = path.split(PATH_SEPARATOR);
        String lang = null;
        String channel = null;
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].startsWith("lang=")) {
                lang = parts[i].substring("lang=".length());
            } else if (parts[i].startsWith("channel=")) {
                channel = parts[i].substring("channel=".length());
            } else {
                throw new IllegalArgumentException("not a key path: " + path);
            }
        }
        return new IncidentKey(brand, parts[0], lang, channel);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(brand).append('/').append(aspect);
        if (lang != null) {
            s.append('/').append(lang);
        }
        if (channel != null) {
            s.append('/').append(channel);
        }
        return s.toString();
    }
}
