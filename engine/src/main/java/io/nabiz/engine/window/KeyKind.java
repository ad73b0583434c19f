package io.nabiz.engine.window;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * A further kind of key rules judge besides brand × aspect: brand × aspect narrowed to the
 * mention's language, its channel, or both, as written in {@code rules.yaml} ({@code keys: [[lang],
 * [lang, channel]]}).
 *
 * <p>Each kind counts every aspect's mentions once more, so it costs window state and judging time
 * in proportion to the languages and channels seen; the shipped rules name none.
 */
public record KeyKind(boolean lang, boolean channel) implements Serializable {

    public static final String LANG = "lang";
    public static final String CHANNEL = "channel";

    public KeyKind {
        if (!lang && !channel) {
            throw new IllegalArgumentException("a key kind narrows by lang, channel or both");
        }
    }

    @JsonCreator
    public static KeyKind of(List<String> by) {
        if (by == null
                || !Set.of(LANG, CHANNEL).containsAll(by)
                || by.size() != Set.copyOf(by).size()) {
            throw new IllegalArgumentException(
                    "a key kind is a list of lang and/or channel: " + by);
        }
        return new KeyKind(by.contains(LANG), by.contains(CHANNEL));
    }

    @JsonValue
    public List<String> by() {
        return lang && channel ? List.of(LANG, CHANNEL) : List.of(lang ? LANG : CHANNEL);
    }

    /** The key of this kind for a mention in {@code lang} on {@code channel} about an aspect. */
    public IncidentKey narrow(IncidentKey aspectKey, String mentionLang, String mentionChannel) {
        return new IncidentKey(
                aspectKey.brand(),
                aspectKey.aspect(),
                lang ? mentionLang : null,
                channel ? mentionChannel : null);
    }
}
