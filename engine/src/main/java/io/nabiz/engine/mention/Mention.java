package io.nabiz.engine.mention;

import java.time.Instant;
import java.util.Objects;

/**
 * One customer message from a channel, as the Mention JSON contract ({@code
 * config/schemas/mention.schema.json}) defines it.
 *
 * @param lang an ISO 639-1 code the source already knows, or {@code null}
 * @param customer the pseudonymous customer id of the CRM, chat or e-mail system, or {@code null}
 *     when the source does not know the customer (an identity map may still tell, see {@code
 *     IdentityMap}); never logged, since it points at one person
 * @param survey the scores of a survey response ({@link Channel#SURVEY}), or {@code null}
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
        String lang,
        String customer,
        Survey survey) {

    /** The contract version this code writes. */
    public static final int VERSION = 2;

    /** The oldest contract version this code still reads: v1 has no customer and no survey. */
    public static final int OLDEST_READ_VERSION = 1;

    public Mention {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(brand, "brand");
        Objects.requireNonNull(ts, "ts");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(engagement, "engagement");
    }

    /** A mention without a known customer and without survey scores. */
    public Mention(
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
        this(v, id, channel, source, brand, ts, text, author, engagement, lang, null, null);
    }

    /** This mention attributed to {@code customerId}. */
    public Mention withCustomer(String customerId) {
        return new Mention(
                v,
                id,
                channel,
                source,
                brand,
                ts,
                text,
                author,
                engagement,
                lang,
                customerId,
                survey);
    }

    /** The same mention with another text: its masked one. */
    public Mention withText(String newText) {
        return new Mention(
                v,
                id,
                channel,
                source,
                brand,
                ts,
                newText,
                author,
                engagement,
                lang,
                customer,
                survey);
    }
}
