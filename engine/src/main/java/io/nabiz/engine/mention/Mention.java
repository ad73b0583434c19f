package io.nabiz.engine.mention;

import java.time.Instant;
import java.util.Objects;

/**
 * One customer message from a channel, as the Mention JSON contract ({@code
 * config/schemas/mention.schema.json}) defines it.
 *
 * @param lang an ISO 639-1 code the source already knows, or {@code null}
 */
public record Mention(
        int v,
        String id,
        Channel channel,
        String source,
        String brand,
        Instant ts,
        String text,
        String author,
        Engagement engagement,
        String lang) {

    /** The contract version this code writes and reads. */
    public static final int VERSION = 1;

    public Mention {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(brand, "brand");
        Objects.requireNonNull(ts, "ts");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(engagement, "engagement");
    }

    /** The same mention with another text: its masked one. */
    public Mention withText(String newText) {
        return new Mention(v, id, channel, source, brand, ts, newText, author, engagement, lang);
    }
}
