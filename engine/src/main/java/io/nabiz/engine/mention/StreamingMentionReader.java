package io.nabiz.engine.mention;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.nabiz.engine.json.Json;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads a valid Mention JSON object in one streaming pass, without building a tree; anything it is
 * not sure of (a wrong type, a missing field, a parse error) it leaves to {@link MentionCodec}'s
 * validating decoder by answering {@code null}.
 *
 * <p>Nearly every record is valid, so this path decides nearly all of them; rejected records, which
 * are rare, are read twice, and the reasons given for them stay exactly as the validating decoder
 * gives them. Like the tree the validating decoder reads, a repeated field counts with its last
 * value and anything after the object is ignored. Survey responses are few and their scores need
 * checking, so they are always left to the validating decoder.
 */
final class StreamingMentionReader {

    private StreamingMentionReader() {}

    /** Field values as read; {@code null} where absent or JSON null. */
    private static final class Fields {
        int v = -1;
        String id;
        String channel;
        String source;
        String brand;
        String ts;
        String text;
        String author;
        String lang;
        String customer;
        boolean survey;
        long followers;
        long likes;
        long shares;
        boolean engagement;
    }

    /**
     * @return the mention, or {@code null} when the validating decoder must decide
     */
    static Mention read(byte[] bytes, MentionCodec.Limits limits, Instant receivedAt) {
        Fields f = new Fields();
        try (JsonParser p = Json.MAPPER.getFactory().createParser(bytes)) {
            if (p.nextToken() != JsonToken.START_OBJECT || !readObject(p, f)) {
                return null;
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        if (f.v < Mention.OLDEST_READ_VERSION
                || f.v > Mention.VERSION
                || f.survey
                || blank(f.id)
                || blank(f.brand)
                || blank(f.ts)
                || f.text == null
                || f.text.length() > limits.maxTextChars()
                || MentionCodec.invisible(f.text)) {
            return null;
        }
        Optional<Channel> channel =
                f.channel == null ? Optional.empty() : Channel.fromWireName(f.channel);
        if (channel.isEmpty() || channel.get() == Channel.SURVEY) {
            return null;
        }
        Instant ts = Timestamps.parseOrNull(f.ts);
        if (ts == null
                || (receivedAt != null && ts.isAfter(receivedAt.plus(limits.maxFutureSkew())))) {
            return null;
        }
        Engagement engagement =
                f.engagement ? new Engagement(f.followers, f.likes, f.shares) : Engagement.NONE;
        return new Mention(
                f.v,
                f.id,
                channel.get(),
                f.source,
                f.brand,
                ts,
                f.text,
                f.author,
                engagement,
                f.lang,
                f.customer,
                null);
    }

    private static boolean readObject(JsonParser p, Fields f) throws IOException {
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            boolean ok =
                    switch (name) {
                        case "v" -> {
                            if (value != JsonToken.VALUE_NUMBER_INT
                                    || p.getNumberType() != JsonParser.NumberType.INT) {
                                yield false;
                            }
                            f.v = p.getIntValue();
                            yield true;
                        }
                        case "id" -> (f.id = text(p, value)) != null;
                        case "channel" -> (f.channel = text(p, value)) != null;
                        case "brand" -> (f.brand = text(p, value)) != null;
                        case "ts" -> (f.ts = text(p, value)) != null;
                        case "text" -> (f.text = text(p, value)) != null;
                        case "source" -> {
                            f.source = text(p, value);
                            yield optional(value);
                        }
                        case "author" -> {
                            f.author = text(p, value);
                            yield optional(value);
                        }
                        case "lang" -> {
                            f.lang = text(p, value);
                            yield optional(value);
                        }
                        case "customer" -> {
                            f.customer = text(p, value);
                            yield optional(value);
                        }
                        case "survey" -> {
                            f.survey = value != JsonToken.VALUE_NULL;
                            p.skipChildren();
                            yield true;
                        }
                        case "engagement" -> engagement(p, value, f);
                        default -> {
                            p.skipChildren();
                            yield true;
                        }
                    };
            if (!ok) {
                return false;
            }
        }
        return p.currentToken() == JsonToken.END_OBJECT;
    }

    private static String text(JsonParser p, JsonToken value) throws IOException {
        return value == JsonToken.VALUE_STRING ? p.getText() : null;
    }

    /** Whether an optional string field holds a string or null. */
    private static boolean optional(JsonToken value) {
        return value == JsonToken.VALUE_STRING || value == JsonToken.VALUE_NULL;
    }

    private static boolean engagement(JsonParser p, JsonToken value, Fields f) throws IOException {
        f.followers = 0;
        f.likes = 0;
        f.shares = 0;
        f.engagement = value != JsonToken.VALUE_NULL;
        if (value == JsonToken.VALUE_NULL) {
            return true;
        }
        if (value != JsonToken.START_OBJECT) {
            return false;
        }
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            JsonToken count = p.nextToken();
            switch (name) {
                case "followers" -> f.followers = count(p, count);
                case "likes" -> f.likes = count(p, count);
                case "shares" -> f.shares = count(p, count);
                default -> p.skipChildren();
            }
            if (f.followers < 0 || f.likes < 0 || f.shares < 0) {
                return false;
            }
        }
        return p.currentToken() == JsonToken.END_OBJECT;
    }

    /** A non-negative count, 0 for JSON null, or -1 for anything the validating decoder judges. */
    private static long count(JsonParser p, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return 0;
        }
        if (value != JsonToken.VALUE_NUMBER_INT) {
            return -1;
        }
        JsonParser.NumberType type = p.getNumberType();
        if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
            return -1;
        }
        long n = p.getLongValue();
        return n < 0 ? -1 : n;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
