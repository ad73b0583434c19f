package io.nabiz.engine.mention;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class DeadLetterTest {

    private static final InvalidMentionException TOO_LONG =
            new InvalidMentionException(RejectReason.TEXT_TOO_LONG, "long");

    @Test
    void keepsAnOriginalUpToTheLimitWhole() {
        byte[] original = new byte[DeadLetter.MAX_ORIGINAL_BYTES];
        Arrays.fill(original, (byte) 'a');
        DeadLetter d = DeadLetter.of(TOO_LONG, "kafka:t/0@1", Instant.EPOCH, original);
        assertArrayEquals(original, Base64.getDecoder().decode(d.originalBase64()));
        assertEquals(original.length, d.originalSize());
        assertFalse(d.truncated());
    }

    @Test
    void keepsTheFirstBytesOfALongerOriginalAndItsSize() {
        byte[] original = new byte[DeadLetter.MAX_ORIGINAL_BYTES + 1];
        Arrays.fill(original, (byte) 'b');
        DeadLetter d = DeadLetter.of(TOO_LONG, "kafka:t/0@1", Instant.EPOCH, original);
        assertArrayEquals(
                Arrays.copyOf(original, DeadLetter.MAX_ORIGINAL_BYTES),
                Base64.getDecoder().decode(d.originalBase64()));
        assertEquals(DeadLetter.MAX_ORIGINAL_BYTES + 1, d.originalSize());
        assertTrue(d.truncated());
    }

    @Test
    void aMissingValueIsAnEmptyOriginal() {
        DeadLetter d = DeadLetter.of(TOO_LONG, "kafka:t/0@1", Instant.EPOCH, null);
        assertEquals("", d.originalBase64());
        assertEquals(0, d.originalSize());
    }

    private static final byte[] WITH_PERSONAL_DATA =
            "{\"v\":1,\"text\": ayse.yilmaz@example.com, tel 0532 123 45 67}"
                    .getBytes(StandardCharsets.UTF_8);
    private static final InvalidMentionException QUOTING =
            new InvalidMentionException(
                    RejectReason.INVALID_JSON, "Unrecognized token 'ayse': was expecting a value");

    @Test
    void theOriginalPayloadKeepsTheBytesExactly() {
        DeadLetter d =
                DeadLetterPayload.ORIGINAL.apply(
                        DeadLetter.of(QUOTING, "kafka:t/0@1", Instant.EPOCH, WITH_PERSONAL_DATA));
        assertArrayEquals(WITH_PERSONAL_DATA, Base64.getDecoder().decode(d.originalBase64()));
        assertEquals("original", d.payload());
        assertEquals("Unrecognized token 'ayse': was expecting a value", d.detail());
    }

    @Test
    void theMaskedPayloadKeepsTheRecordWithItsPersonalDataMasked() {
        DeadLetter d =
                DeadLetterPayload.MASKED.apply(
                        DeadLetter.of(QUOTING, "kafka:t/0@1", Instant.EPOCH, WITH_PERSONAL_DATA));
        assertEquals("{\"v\":1,\"text\": [email], tel [phone]}", d.originalText());
        assertEquals("masked", d.payload());
        assertEquals(WITH_PERSONAL_DATA.length, d.originalSize());
        assertEquals("Unrecognized token '…': was expecting a value", d.detail());
    }

    @Test
    void noPayloadKeepsOnlyWhyAndWhere() {
        DeadLetter d =
                DeadLetterPayload.NONE.apply(
                        DeadLetter.of(QUOTING, "kafka:t/0@1", Instant.EPOCH, WITH_PERSONAL_DATA));
        assertEquals("", d.originalBase64());
        assertEquals("none", d.payload());
        assertEquals("kafka:t/0@1", d.origin());
        assertEquals(WITH_PERSONAL_DATA.length, d.originalSize());
        assertEquals("Unrecognized token '…': was expecting a value", d.detail());
    }
}
