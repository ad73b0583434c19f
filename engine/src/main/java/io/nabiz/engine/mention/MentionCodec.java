package io.nabiz.engine.mention;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.nabiz.engine.json.Json;
import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Reads and writes the Mention JSON contract, rejecting anything that does not satisfy it with a
 * {@link RejectReason}.
 *
 * <p>Validation is strict on what the pipeline depends on (identity, channel, brand, an event time
 * with an offset, non-empty text) and lenient on what it does not (unknown fields are ignored, so
 * producers can add fields without breaking the job).
 */
public final class MentionCodec implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Limits that keep one hostile record from costing the pipeline more than a normal one. */
    public record Limits(int maxRecordBytes, int maxTextChars, Duration maxFutureSkew)
            implements Serializable {
        public static final Limits DEFAULT = new Limits(1 << 20, 20_000, Duration.ofDays(1));
    }

    private final Limits limits;

    public MentionCodec(Limits limits) {
        this.limits = limits;
    }

    public MentionCodec() {
        this(Limits.DEFAULT);
    }

    /**
     * Decodes one record.
     *
     * @param receivedAt when the record was received (the broker's timestamp), or {@code null} when
     *     unknown; event times further than {@link Limits#maxFutureSkew()} beyond it are rejected
     *     so a clock-skewed producer cannot drag event time into the future.
     */
    public Mention decode(byte[] bytes, Instant receivedAt) throws InvalidMentionException {
        if (bytes.length > limits.maxRecordBytes()) {
            throw new InvalidMentionException(
                    RejectReason.TOO_LARGE,
                    "record of " + bytes.length + " bytes exceeds " + limits.maxRecordBytes());
        }
        requireUtf8(bytes);
        Mention valid = StreamingMentionReader.read(bytes, limits, receivedAt);
        return valid != null ? valid : validated(bytes, receivedAt);
    }

    /** Reads the record as a tree and checks every field, naming the first problem it finds. */
    Mention validated(byte[] bytes, Instant receivedAt) throws InvalidMentionException {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw new InvalidMentionException(RejectReason.INVALID_JSON, firstLine(e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidMentionException(RejectReason.NOT_AN_OBJECT, "expected a JSON object");
        }
        return fromNode((ObjectNode) root, receivedAt);
    }

    private Mention fromNode(ObjectNode node, Instant receivedAt) throws InvalidMentionException {
        int v = (int) requiredInt(node, "v");
        if (v < Mention.OLDEST_READ_VERSION || v > Mention.VERSION) {
            throw new InvalidMentionException(
                    RejectReason.UNSUPPORTED_VERSION, "unsupported version v=" + v);
        }
        String id = requiredText(node, "id");
        String channelName = requiredText(node, "channel");
        Channel channel =
                Channel.fromWireName(channelName)
                        .orElseThrow(
                                () ->
                                        new InvalidMentionException(
                                                RejectReason.UNKNOWN_CHANNEL,
                                                "unknown channel '" + channelName + "'"));
        String brand = requiredText(node, "brand");
        Instant ts = timestamp(requiredText(node, "ts"), receivedAt);
        String text = requiredText(node, "text");
        if (invisible(text)) {
            throw new InvalidMentionException(RejectReason.EMPTY_TEXT, "text has nothing to read");
        }
        if (text.length() > limits.maxTextChars()) {
            throw new InvalidMentionException(
                    RejectReason.TEXT_TOO_LONG,
                    "text of " + text.length() + " chars exceeds " + limits.maxTextChars());
        }
        Survey survey = survey(node.get("survey"));
        if (channel == Channel.SURVEY && survey == null) {
            throw new InvalidMentionException(
                    RejectReason.INVALID_SCORE,
                    "a survey response needs 'survey' with nps or csat");
        }
        return new Mention(
                v,
                id,
                channel,
                optionalText(node, "source"),
                brand,
                ts,
                text,
                optionalText(node, "author"),
                engagement(node.get("engagement")),
                optionalText(node, "lang"),
                optionalText(node, "customer"),
                survey);
    }

    /** The survey scores, or {@code null} when the record has none (v1 records never do). */
    private static Survey survey(JsonNode node) throws InvalidMentionException {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw new InvalidMentionException(RejectReason.WRONG_TYPE, "survey must be an object");
        }
        Integer nps = score(node, "nps", Survey.NPS_MIN, Survey.NPS_MAX);
        Integer csat = score(node, "csat", Survey.CSAT_MIN, Survey.CSAT_MAX);
        if (nps == null && csat == null) {
            throw new InvalidMentionException(
                    RejectReason.INVALID_SCORE, "survey has neither nps nor csat");
        }
        return new Survey(nps, csat);
    }

    private static Integer score(JsonNode parent, String field, int min, int max)
            throws InvalidMentionException {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isIntegralNumber() || !n.canConvertToInt() || n.asInt() < min || n.asInt() > max) {
            throw new InvalidMentionException(
                    RejectReason.INVALID_SCORE,
                    "survey." + field + " must be an integer from " + min + " to " + max);
        }
        return n.asInt();
    }

    private Instant timestamp(String value, Instant receivedAt) throws InvalidMentionException {
        Instant ts;
        try {
            ts = Timestamps.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidMentionException(
                    RejectReason.INVALID_TIMESTAMP,
                    "ts '" + abbreviate(value) + "' is not ISO-8601 with an offset");
        }
        if (receivedAt != null && ts.isAfter(receivedAt.plus(limits.maxFutureSkew()))) {
            throw new InvalidMentionException(
                    RejectReason.FUTURE_TIMESTAMP,
                    "ts "
                            + ts
                            + " is more than "
                            + limits.maxFutureSkew()
                            + " after "
                            + receivedAt);
        }
        return ts;
    }

    private static Engagement engagement(JsonNode node) throws InvalidMentionException {
        if (node == null || node.isNull()) {
            return Engagement.NONE;
        }
        if (!node.isObject()) {
            throw new InvalidMentionException(
                    RejectReason.WRONG_TYPE, "engagement must be an object");
        }
        long followers = optionalCount(node, "followers");
        long likes = optionalCount(node, "likes");
        long shares = optionalCount(node, "shares");
        return new Engagement(followers, likes, shares);
    }

    private static long optionalCount(JsonNode parent, String field)
            throws InvalidMentionException {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            return 0;
        }
        if (!n.canConvertToExactIntegral() || !n.canConvertToLong() || n.asLong() < 0) {
            throw new InvalidMentionException(
                    RejectReason.WRONG_TYPE,
                    "engagement." + field + " must be a non-negative integer");
        }
        return n.asLong();
    }

    private static long requiredInt(JsonNode node, String field) throws InvalidMentionException {
        JsonNode n = node.get(field);
        if (n == null || n.isNull()) {
            throw new InvalidMentionException(
                    RejectReason.MISSING_FIELD, "missing '" + field + "'");
        }
        if (!n.isIntegralNumber() || !n.canConvertToInt()) {
            throw new InvalidMentionException(
                    RejectReason.WRONG_TYPE, "'" + field + "' must be an integer");
        }
        return n.asInt();
    }

    private static String requiredText(JsonNode node, String field) throws InvalidMentionException {
        JsonNode n = node.get(field);
        if (n == null || n.isNull()) {
            throw new InvalidMentionException(
                    RejectReason.MISSING_FIELD, "missing '" + field + "'");
        }
        if (!n.isTextual()) {
            throw new InvalidMentionException(
                    RejectReason.WRONG_TYPE, "'" + field + "' must be a string");
        }
        String value = n.textValue();
        if (!field.equals("text") && value.isBlank()) {
            throw new InvalidMentionException(
                    RejectReason.MISSING_FIELD, "'" + field + "' is empty");
        }
        return value;
    }

    private static String optionalText(JsonNode node, String field) throws InvalidMentionException {
        JsonNode n = node.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw new InvalidMentionException(
                    RejectReason.WRONG_TYPE, "'" + field + "' must be a string");
        }
        return n.textValue();
    }

    /**
     * Whether the text has nothing a person could read: only whitespace, no-break spaces (which
     * {@link String#isBlank()} does not count), control characters and invisible format characters
     * such as zero-width spaces and direction marks.
     */
    static boolean invisible(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!(Character.isWhitespace(c)
                    || Character.isSpaceChar(c)
                    || Character.isISOControl(c)
                    || Character.getType(c) == Character.FORMAT)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    private static void requireUtf8(byte[] bytes) throws InvalidMentionException {
        if (!Utf8.isValid(bytes)) {
            throw new InvalidMentionException(RejectReason.INVALID_UTF8, "not valid UTF-8");
        }
    }

    /**
     * Writes a mention as contract JSON, streaming: the same bytes a tree of the fields would give,
     * without building the tree for every mention.
     */
    public byte[] encode(Mention m) {
        try (ByteArrayBuilder bytes = new ByteArrayBuilder(256)) {
            try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(bytes)) {
                g.writeStartObject();
                g.writeNumberField("v", m.v());
                g.writeStringField("id", m.id());
                g.writeStringField("channel", m.channel().wireName());
                if (m.source() != null) {
                    g.writeStringField("source", m.source());
                }
                g.writeStringField("brand", m.brand());
                g.writeStringField("ts", m.ts().toString());
                g.writeStringField("text", m.text());
                if (m.author() != null) {
                    g.writeStringField("author", m.author());
                }
                g.writeObjectFieldStart("engagement");
                g.writeNumberField("followers", m.engagement().followers());
                g.writeNumberField("likes", m.engagement().likes());
                g.writeNumberField("shares", m.engagement().shares());
                g.writeEndObject();
                if (m.lang() != null) {
                    g.writeStringField("lang", m.lang());
                }
                if (m.customer() != null) {
                    g.writeStringField("customer", m.customer());
                }
                if (m.survey() != null) {
                    g.writeObjectFieldStart("survey");
                    if (m.survey().nps() != null) {
                        g.writeNumberField("nps", m.survey().nps());
                    }
                    if (m.survey().csat() != null) {
                        g.writeNumberField("csat", m.survey().csat());
                    }
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("a mention always serialises", e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unparseable JSON";
        }
        int nl = message.indexOf('\n');
        return abbreviate(nl < 0 ? message : message.substring(0, nl));
    }

    private static String abbreviate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }
}
