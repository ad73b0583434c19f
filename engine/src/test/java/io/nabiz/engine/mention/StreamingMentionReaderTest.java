package io.nabiz.engine.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The decoder's fast paths (streaming JSON, hand-written time parsing, UTF-8 check) must agree with
 * the validating decoder and the JDK on every input: these tests mutate valid records at random
 * (seeded) and compare.
 */
class StreamingMentionReaderTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-20T10:00:00Z");
    private static final MentionCodec.Limits LIMITS = MentionCodec.Limits.DEFAULT;
    private final MentionCodec codec = new MentionCodec();

    private static final List<String> VALID =
            List.of(
                    "{\"v\":1,\"id\":\"m1\",\"channel\":\"chat\",\"brand\":\"acme\",\"ts\":\"2026-11-20T12:30:00+03:00\",\"text\":\"Kargom gelmedi\",\"engagement\":{\"followers\":120,\"shares\":2},\"extra\":[1,{\"a\":null}]}",
                    "{\"v\":1,\"id\":\"m2\",\"channel\":\"social\",\"source\":\"x\",\"brand\":\"nordtel\",\"ts\":\"2026-11-20T09:30:00.125Z\",\"text\":\"Rechnung falsch – schon wieder! 😡\",\"author\":\"@kim\",\"engagement\":{\"followers\":10,\"likes\":3,\"shares\":1},\"lang\":\"de\"}",
                    "{\"ts\":\"2026-11-20T09:30:00Z\",\"text\":\"  \\u00e7ok k\\u00f6t\\u00fc\",\"brand\":\"b\",\"channel\":\"email\",\"id\":\"x\",\"v\":1,\"engagement\":null,\"lang\":null}",
                    "{\"v\":1,\"id\":\"d\",\"id\":\"e\",\"channel\":\"chat\",\"brand\":\"b\",\"ts\":\"2026-11-20T09:30:00Z\",\"text\":\"dup\",\"engagement\":{\"likes\":1},\"engagement\":{\"followers\":4}}");

    private static final String[] FRAGMENTS = {
        "null",
        "1",
        "1.5",
        "-3",
        "\"\"",
        "\" \"",
        "\"chat\"",
        "{}",
        "[]",
        "true",
        "\"2026-02-30T00:00:00Z\"",
        "99999999999",
        "123456789012345678901234567890",
        "\"\\u200b\"",
        "{",
        "}",
        ",",
        ":",
        "\"v\"",
        "2",
        "\"2026-11-20T09:30:00.1234567891Z\"",
        "\"2026-11-20t09:30:00z\"",
        "\"2026-11-20T09:30:00+19:00\"",
        "\"2026-11-21T10:00:01Z\"",
        "\"2026-11-20T09:30Z\""
    };

    @Test
    void whateverTheFastPathAcceptsTheValidatingDecoderAcceptsIdentically() {
        Random random = new Random(42);
        int accepted = 0;
        for (int round = 0; round < 20_000; round++) {
            String json = mutate(VALID.get(random.nextInt(VALID.size())), random);
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            Mention fast = StreamingMentionReader.read(bytes, LIMITS, RECEIVED);
            if (fast == null) {
                continue;
            }
            accepted++;
            try {
                assertEquals(codec.validated(bytes, RECEIVED), fast, json);
            } catch (InvalidMentionException e) {
                fail("fast path accepted what the validating decoder rejects (" + e + "): " + json);
            }
        }
        assertTrue(accepted > 1_000, "the mutations should leave many records valid: " + accepted);
    }

    @Test
    void theValidRecordsTakeTheFastPath() {
        for (String json : VALID) {
            assertNotNull(
                    StreamingMentionReader.read(
                            json.getBytes(StandardCharsets.UTF_8), LIMITS, RECEIVED),
                    json);
        }
    }

    @Test
    void timestampsParseAsTheJdkParsesThem() {
        Random random = new Random(7);
        String[] shapes = {
            "2026-11-20T09:30:00Z",
            "2026-11-20T09:30:00.5+03:00",
            "2024-02-29T23:59:59.123456789-00:30",
            "2023-02-29T10:00:00Z",
            "2026-13-01T00:00:00Z",
            "2026-11-20T24:00:00Z",
            "2026-11-20T09:30:60Z",
            "2026-11-20T09:30:00+18:00",
            "2026-11-20T09:30:00+18:01",
            "2026-11-20T09:30:00.Z",
            "0000-01-01T00:00:00Z",
            "2026-11-20T09:30:00+0300",
            "+12026-11-20T09:30:00Z"
        };
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder(shapes[random.nextInt(shapes.length)]);
            if (random.nextBoolean()) {
                s.setCharAt(
                        random.nextInt(s.length()), "0123456789:-+.TZ".charAt(random.nextInt(16)));
            }
            String value = s.toString();
            Instant expected;
            try {
                expected = OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException e) {
                expected = null;
            }
            assertEquals(expected, Timestamps.parseOrNull(value), value);
        }
    }

    @Test
    void utf8CheckAgreesWithTheJdkDecoder() {
        Random random = new Random(3);
        byte[] special = {
            (byte) 0x80,
            (byte) 0xbf,
            (byte) 0xc0,
            (byte) 0xc2,
            (byte) 0xdf,
            (byte) 0xe0,
            (byte) 0xed,
            (byte) 0xef,
            (byte) 0xf0,
            (byte) 0xf4,
            (byte) 0xf5,
            (byte) 0x9f,
            (byte) 0xa0,
            (byte) 0x8f,
            (byte) 0x90,
            'a'
        };
        for (int i = 0; i < 200_000; i++) {
            // Longer arrays, mostly ASCII, reach the check of eight bytes at a time at every
            // offset.
            boolean longer = random.nextBoolean();
            byte[] b = new byte[1 + random.nextInt(longer ? 40 : 6)];
            for (int j = 0; j < b.length; j++) {
                int kind = random.nextInt(longer ? 12 : 2);
                b[j] =
                        kind == 0
                                ? special[random.nextInt(special.length)]
                                : kind == 1
                                        ? (byte) random.nextInt(256)
                                        : (byte) random.nextInt(0x80);
            }
            assertEquals(jdkValid(b), Utf8.isValid(b), java.util.HexFormat.of().formatHex(b));
        }
        assertTrue(Utf8.isValid("çok kötü 😡 Straße".getBytes(StandardCharsets.UTF_8)));
        assertFalse(Utf8.isValid(new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}));
    }

    private static boolean jdkValid(byte[] b) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Replaces, removes or duplicates a few tokens of a JSON text. */
    private static String mutate(String json, Random random) {
        StringBuilder s = new StringBuilder(json);
        int edits = random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(3)) {
                case 0 -> s.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                case 1 -> s.delete(at, Math.min(s.length(), at + 1 + random.nextInt(6)));
                default -> {
                    int colon = s.indexOf(":", at);
                    if (colon > 0) {
                        int end = colon + 1;
                        while (end < s.length() && ",}".indexOf(s.charAt(end)) < 0) {
                            end++;
                        }
                        s.replace(colon + 1, end, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                    }
                }
            }
        }
        return s.toString();
    }
}
