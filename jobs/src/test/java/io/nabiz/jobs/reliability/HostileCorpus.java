package io.nabiz.jobs.reliability;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Records a hostile or broken producer sends, each with what the listen job must do with it: dead
 * letter it with a reason, or accept it and either count it (on time) or divert it (late).
 */
final class HostileCorpus {

    /** What the job does with a record. */
    enum Outcome {
        DEAD_LETTER,
        ON_TIME,
        LATE
    }

    /**
     * @param reason the dead-letter reason, or {@code null} for an accepted mention
     * @param value the raw record value; {@code null} is a Kafka tombstone
     */
    record Case(String name, byte[] value, Outcome outcome, String reason) {
        /** The mention id this case carries when it is accepted. */
        String id() {
            return "h-" + name;
        }
    }

    private static final Charset UTF8 = StandardCharsets.UTF_8;

    private HostileCorpus() {}

    /**
     * @param onTime an event time whose window is still open when the corpus arrives
     * @param closed an event time whose window has closed by then
     */
    static List<Case> cases(Instant onTime, Instant closed) {
        List<Case> c = new ArrayList<>();
        c.add(dead("invalid-json", bytes("{\"v\":1,\"id\":\"h\",\"channel\":"), "invalid_json"));
        byte[] invalidUtf8 = mention("invalid-utf8", "chat", onTime, "Kargo X").getBytes(UTF8);
        invalidUtf8[invalidUtf8.length - 4] = (byte) 0xC3; // a lead byte with no continuation
        c.add(dead("invalid-utf8", invalidUtf8, "invalid_utf8"));
        c.add(
                dead(
                        "megabyte-text",
                        bytes(mention("megabyte-text", "chat", onTime, "a".repeat(1_000_000))),
                        "text_too_long"));
        c.add(dead("empty-text", bytes(mention("empty-text", "chat", onTime, "")), "empty_text"));
        c.add(
                dead(
                        "whitespace-text",
                        bytes(mention("whitespace-text", "chat", onTime, " \\t\\n\\u00a0 ")),
                        "empty_text"));
        c.add(
                dead(
                        "missing-brand",
                        bytes(
                                "{\"v\":1,\"id\":\"h-missing-brand\",\"channel\":\"chat\","
                                        + "\"ts\":\""
                                        + onTime
                                        + "\",\"text\":\"hi\"}"),
                        "missing_field"));
        c.add(
                dead(
                        "numeric-ts",
                        bytes(
                                "{\"v\":1,\"id\":\"h-numeric-ts\",\"channel\":\"chat\","
                                        + "\"brand\":\"acme\",\"ts\":1700000000,\"text\":\"hi\"}"),
                        "wrong_type"));
        c.add(
                dead(
                        "string-engagement",
                        bytes(
                                mention("string-engagement", "chat", onTime, "hi")
                                        .replace("}", ",\"engagement\":\"lots\"}")),
                        "wrong_type"));
        c.add(
                dead(
                        "year-2999",
                        bytes(
                                mention(
                                        "year-2999",
                                        "email",
                                        Instant.parse("2999-01-01T00:00:00Z"),
                                        "x")),
                        "future_timestamp"));
        c.add(
                dead(
                        "unknown-channel",
                        bytes(mention("unknown-channel", "fax", onTime, "hi")),
                        "unknown_channel"));
        c.add(
                dead(
                        "deeply-nested",
                        bytes(
                                mention("deeply-nested", "chat", onTime, "hi")
                                        .replace(
                                                "}",
                                                ",\"extra\":"
                                                        + "[".repeat(10_000)
                                                        + "]".repeat(10_000)
                                                        + "}")),
                        "invalid_json"));
        c.add(dead("not-an-object", bytes("[1,2,3]"), "not_an_object"));
        c.add(dead("tombstone", null, "invalid_json"));
        c.add(
                dead(
                        "version-3",
                        bytes(
                                mention("version-3", "chat", onTime, "hi")
                                        .replace("\"v\":1", "\"v\":3")),
                        "unsupported_version"));

        c.add(
                accepted(
                        "control-characters",
                        onTime,
                        "Kargo\\u0000 gelmedi\\u0007 \\u001b[31m!!\\u001b[0m",
                        Outcome.ON_TIME));
        c.add(accepted("emoji-only", onTime, "😡😡📦💸", Outcome.ON_TIME));
        c.add(
                accepted(
                        "right-to-left",
                        onTime,
                        "\\u202bالتوصيل متأخر جدا\\u202c שלום",
                        Outcome.ON_TIME));
        c.add(
                accepted(
                        "long-url",
                        onTime,
                        "see https://example.com/" + "a".repeat(10_000),
                        Outcome.ON_TIME));
        c.add(accepted("lone-surrogate", onTime, "broken \\ud83d emoji", Outcome.ON_TIME));
        c.add(accepted("year-1970", Instant.EPOCH, "Kargom hala gelmedi", Outcome.LATE));
        c.add(accepted("closed-window", closed, "Rechnung falsch", Outcome.LATE));
        c.add(accepted("late-lone-surrogate", closed, "kaputt \\udc00", Outcome.LATE));
        return c;
    }

    private static Case dead(String name, byte[] value, String reason) {
        return new Case(name, value, Outcome.DEAD_LETTER, reason);
    }

    private static Case accepted(String name, Instant ts, String jsonText, Outcome outcome) {
        return new Case(name, bytes(mention(name, "social", ts, jsonText)), outcome, null);
    }

    /** A mention line; {@code jsonText} goes into the JSON as written, escapes and all. */
    private static String mention(String name, String channel, Instant ts, String jsonText) {
        return "{\"v\":1,\"id\":\"h-"
                + name
                + "\",\"channel\":\""
                + channel
                + "\",\"brand\":\"acme\",\"ts\":\""
                + ts
                + "\",\"text\":\""
                + jsonText
                + "\"}";
    }

    private static byte[] bytes(String s) {
        return s.getBytes(UTF8);
    }

    static Instant onTime(Instant t0) {
        return t0.plus(Duration.ofMinutes(149));
    }
}
