package io.nabiz.engine.mention;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.nabiz.engine.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MentionCodecTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-20T10:00:00Z");
    private final MentionCodec codec = new MentionCodec();

    @Test
    void decodesAValidMention() throws Exception {
        Mention m =
                codec.decode(
                        bytes(
                                "{\"v\":1,\"id\":\"m1\",\"channel\":\"chat\",\"brand\":\"acme\","
                                        + "\"ts\":\"2026-11-20T12:30:00+03:00\",\"text\":\"Kargom gelmedi\","
                                        + "\"engagement\":{\"followers\":120,\"shares\":2},\"extra\":true}"),
                        RECEIVED);
        assertEquals(Channel.CHAT, m.channel());
        assertEquals(Instant.parse("2026-11-20T09:30:00Z"), m.ts());
        assertEquals("Kargom gelmedi", m.text());
        assertEquals(120 + 2 * Engagement.AUDIENCE_PER_SHARE, m.engagement().reach());
        assertNull(m.lang());
    }

    @Test
    void encodeThenDecodeGivesTheSameMention() throws Exception {
        Mention m =
                new Mention(
                        1,
                        "m2",
                        Channel.SOCIAL,
                        "x",
                        "acme",
                        Instant.parse("2026-11-20T09:30:00Z"),
                        "Rechnung falsch – schon wieder!",
                        "@kim",
                        new Engagement(10, 3, 1),
                        "de");
        assertEquals(m, codec.decode(codec.encode(m), RECEIVED));
        assertEquals(
                "{\"v\":1,\"id\":\"m2\",\"channel\":\"social\",\"source\":\"x\",\"brand\":\"acme\","
                        + "\"ts\":\"2026-11-20T09:30:00Z\",\"text\":\"Rechnung falsch – schon wieder!\","
                        + "\"author\":\"@kim\",\"engagement\":{\"followers\":10,\"likes\":3,\"shares\":1},"
                        + "\"lang\":\"de\"}",
                new String(codec.encode(m), StandardCharsets.UTF_8));
    }

    @Test
    void encodingWritesWhatAJsonTreeOfTheFieldsWould() throws Exception {
        Mention m =
                new Mention(
                        1,
                        "m\"3",
                        Channel.CHAT,
                        null,
                        "acme",
                        Instant.parse("2026-11-20T09:30:00.123456Z"),
                        "Tab\tquote\" back\\slash \u0001 😡 İstanbul\u2028",
                        null,
                        Engagement.NONE,
                        null);
        ObjectNode tree = Json.MAPPER.createObjectNode();
        tree.put("v", 1).put("id", m.id()).put("channel", "chat").put("brand", "acme");
        tree.put("ts", m.ts().toString()).put("text", m.text());
        tree.putObject("engagement").put("followers", 0L).put("likes", 0L).put("shares", 0L);
        assertArrayEquals(Json.MAPPER.writeValueAsBytes(tree), codec.encode(m));
        assertEquals(m, codec.decode(codec.encode(m), RECEIVED));
    }

    @Test
    void oldRecordsStillDecodeWithoutCustomerOrSurvey() throws Exception {
        Mention m =
                codec.decode(
                        bytes(
                                "{\"v\":1,\"id\":\"m1\",\"channel\":\"email\",\"brand\":\"acme\","
                                        + "\"ts\":\"2026-11-20T09:30:00Z\",\"text\":\"Rechnung falsch\","
                                        + "\"author\":\"kim@example.org\"}"),
                        RECEIVED);
        assertEquals(1, m.v());
        assertNull(m.customer());
        assertNull(m.survey());
        // Written back as what it was: a v1 record stays a v1 record.
        assertEquals(m, codec.decode(codec.encode(m), RECEIVED));
        assertEquals(-1, new String(codec.encode(m), StandardCharsets.UTF_8).indexOf("customer"));
    }

    @Test
    void aSurveyResponseCarriesItsScoresAndCustomer() throws Exception {
        Mention m =
                codec.decode(
                        bytes(
                                "{\"v\":2,\"id\":\"s1\",\"channel\":\"survey\",\"brand\":\"acme\","
                                        + "\"ts\":\"2026-11-20T09:30:00Z\",\"text\":\"Nie wieder\","
                                        + "\"customer\":\"crm-77\",\"survey\":{\"nps\":2,\"csat\":1}}"),
                        RECEIVED);
        assertEquals(Channel.SURVEY, m.channel());
        assertEquals("crm-77", m.customer());
        assertEquals(new Survey(2, 1), m.survey());
        assertEquals(true, m.survey().detractor());
        assertEquals(m, codec.decode(codec.encode(m), RECEIVED));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "not json | INVALID_JSON",
                "[1,2] | NOT_AN_OBJECT",
                "{\"v\":3,\"id\":\"a\",\"channel\":\"chat\",\"brand\":\"b\",\"ts\":\"2026-11-20T09:00:00Z\",\"text\":\"t\"} | UNSUPPORTED_VERSION",
                "{\"v\":0,\"id\":\"a\",\"channel\":\"chat\",\"brand\":\"b\",\"ts\":\"2026-11-20T09:00:00Z\",\"text\":\"t\"} | UNSUPPORTED_VERSION",
                "{\"v\":2,\"id\":\"a\",\"channel\":\"survey\",\"brand\":\"b\",\"ts\":\"2026-11-20T09:00:00Z\",\"text\":\"t\"} | INVALID_SCORE",
                "{\"v\":2,\"id\":\"a\",\"channel\":\"survey\",\"brand\":\"b\",\"ts\":\"2026-11-20T09:00:00Z\",\"text\":\"t\",\"survey\":{}} | INVALID_SCORE",
                "{\"v\":2,\"id\":\"a\",\"channel\":\"survey\",\"brand\":\"b\",\"ts\":\"2026-11-20T09:00:00Z\",\"text\":\"t\",\"survey\":{\"nps\":11}} | INVALID_SCORE",
                "{\"v\":2,\"id\":\"a\",\"channel\":\"survey\",\"brand\":\"b\",\"ts\":\"2026-11-20T09:00:00Z\",\"text\":\"t\",\"survey\":{\"nps\":-1}} | INVALID_SCORE",
                "{\"v\":2,\"id\":\"a\",\"channel\":\"survey\",\"brand\":\"b\",\"ts\":\"2026-11-20T09:00:00Z\",\"text\":\"t\",\"survey\":{\"nps\":7.5}} | INVALID_SCORE",
                "{\"v\":2,\"id\":\"a\",\"channel\":\"survey\",\"brand\":\"b\",\"ts\":\"2026-11-20T09:00:00Z\",\"text\":\"t\",\"survey\":{\"csat\":0}} | INVALID_SCORE",
                "{\"v\":2,\"id\":\"a\",\"channel\":\"survey\",\"brand\":\"b\",\"ts\":\"2026-11-20T09:00:00Z\",\"text\":\"t\",\"survey\":{\"csat\":\"5\"}} | INVALID_SCORE",
                "{\"v\":2,\"id\":\"a\",\"channel\":\"survey\",\"brand\":\"b\",\"ts\":\"2026-11-20T09:00:00Z\",\"text\":\"t\",\"survey\":7} | WRONG_TYPE",
                "{\"v\":2,\"id\":\"a\",\"channel\":\"chat\",\"brand\":\"b\",\"ts\":\"2026-11-20T09:00:00Z\",\"text\":\"t\",\"customer\":42} | WRONG_TYPE",
                "{\"v\":1,\"channel\":\"chat\",\"brand\":\"b\",\"ts\":\"2026-11-20T09:00:00Z\",\"text\":\"t\"} | MISSING_FIELD",
                "{\"v\":1,\"id\":7,\"channel\":\"chat\",\"brand\":\"b\",\"ts\":\"2026-11-20T09:00:00Z\",\"text\":\"t\"} | WRONG_TYPE",
                "{\"v\":1,\"id\":\"a\",\"channel\":\"fax\",\"brand\":\"b\",\"ts\":\"2026-11-20T09:00:00Z\",\"text\":\"t\"} | UNKNOWN_CHANNEL",
                "{\"v\":1,\"id\":\"a\",\"channel\":\"chat\",\"brand\":\"b\",\"ts\":\"2026-11-20T09:00:00\",\"text\":\"t\"} | INVALID_TIMESTAMP",
                "{\"v\":1,\"id\":\"a\",\"channel\":\"chat\",\"brand\":\"b\",\"ts\":\"2030-01-01T00:00:00Z\",\"text\":\"t\"} | FUTURE_TIMESTAMP",
                "{\"v\":1,\"id\":\"a\",\"channel\":\"chat\",\"brand\":\"b\",\"ts\":\"2026-11-20T09:00:00Z\",\"text\":\"  \"} | EMPTY_TEXT",
                "{\"v\":1,\"id\":\"a\",\"channel\":\"chat\",\"brand\":\"b\",\"ts\":\"2026-11-20T09:00:00Z\",\"text\":\" \\u00a0\\u200b\\u202f\\t\"} | EMPTY_TEXT",
                "{\"v\":1,\"id\":\"a\",\"channel\":\"chat\",\"brand\":\"b\",\"ts\":\"2026-11-20T09:00:00Z\",\"text\":\"\\u0000\\u200e\\u2028\"} | EMPTY_TEXT",
                "{\"v\":1,\"id\":\"a\",\"channel\":\"chat\",\"brand\":\"b\",\"ts\":\"2026-11-20T09:00:00Z\",\"text\":\"t\",\"engagement\":{\"followers\":-1}} | WRONG_TYPE",
            })
    void rejectsWithTheReason(String json, RejectReason reason) {
        InvalidMentionException e =
                assertThrows(
                        InvalidMentionException.class, () -> codec.decode(bytes(json), RECEIVED));
        assertEquals(reason, e.reason());
    }

    @Test
    void rejectsInvalidUtf8() {
        byte[] bad = {'{', '"', 'v', '"', ':', (byte) 0xC3, (byte) 0x28, '}'};
        assertEquals(
                RejectReason.INVALID_UTF8,
                assertThrows(InvalidMentionException.class, () -> codec.decode(bad, RECEIVED))
                        .reason());
    }

    @Test
    void rejectsTextOverTheLimitAndDeepNesting() {
        String longText = "a".repeat(MentionCodec.Limits.DEFAULT.maxTextChars() + 1);
        String json =
                "{\"v\":1,\"id\":\"a\",\"channel\":\"chat\",\"brand\":\"b\","
                        + "\"ts\":\"2026-11-20T09:00:00Z\",\"text\":\""
                        + longText
                        + "\"}";
        assertEquals(
                RejectReason.TEXT_TOO_LONG,
                assertThrows(
                                InvalidMentionException.class,
                                () -> codec.decode(bytes(json), RECEIVED))
                        .reason());
        String deep = "[".repeat(100) + "]".repeat(100);
        assertEquals(
                RejectReason.INVALID_JSON,
                assertThrows(
                                InvalidMentionException.class,
                                () -> codec.decode(bytes(deep), RECEIVED))
                        .reason());
    }

    private static byte[] bytes(String s) {
        return s.strip().getBytes(StandardCharsets.UTF_8);
    }
}
