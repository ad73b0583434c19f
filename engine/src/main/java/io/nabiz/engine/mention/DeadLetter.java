package io.nabiz.engine.mention;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * A record that could not become a mention, kept with why and where it came from so nothing is
 * silently dropped and the producer can be fixed.
 *
 * <p>{@code origin} names the source ({@code kafka:mentions.chat/0@42}, {@code file:day.jsonl:17});
 * the original bytes are kept exactly, as Base64, up to {@link #MAX_ORIGINAL_BYTES}. A longer
 * original keeps only its first {@link #MAX_ORIGINAL_BYTES} bytes, and {@code originalSize} tells
 * how long it was: a dead letter carrying a whole oversized record would itself be too large for
 * the dead-letter topic (Kafka's default request limit is 1 MiB, and Base64 adds a third), and the
 * job would fail on it forever. The origin still points at the complete record.
 *
 * <p>Whether the bytes are kept as they came, masked or not at all is {@code payload}: see {@link
 * DeadLetterPayload}. Records are decoded with the bytes kept ({@code original}); the job then
 * applies its configured choice before a dead letter leaves it.
 *
 * @param originalSize the original record's length in bytes, kept or not
 * @param payload what {@code originalBase64} holds: {@code original}, {@code masked} or {@code
 *     none}
 */
public record DeadLetter(
        int v,
        String reason,
        String detail,
        String origin,
        Instant receivedAt,
        int originalSize,
        String originalBase64,
        String payload) {

    public static final int VERSION = 1;

    /** The most bytes of an original record a dead letter keeps (256 KiB). */
    public static final int MAX_ORIGINAL_BYTES = 256 * 1024;

    public DeadLetter {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(originalBase64, "originalBase64");
        // Dead letters written before the payload was a choice kept the original.
        payload = payload == null ? DeadLetterPayload.ORIGINAL.wireName() : payload;
    }

    public static DeadLetter of(
            InvalidMentionException e, String origin, Instant receivedAt, byte[] original) {
        byte[] bytes = original == null ? new byte[0] : original;
        byte[] kept =
                bytes.length <= MAX_ORIGINAL_BYTES
                        ? bytes
                        : Arrays.copyOf(bytes, MAX_ORIGINAL_BYTES);
        return new DeadLetter(
                VERSION,
                e.reason().code(),
                e.getMessage(),
                origin,
                receivedAt,
                bytes.length,
                Base64.getEncoder().encodeToString(kept),
                DeadLetterPayload.ORIGINAL.wireName());
    }

    /** Whether only the first {@link #MAX_ORIGINAL_BYTES} of the original are kept. */
    public boolean truncated() {
        return originalSize > MAX_ORIGINAL_BYTES;
    }

    /** The original record as text, with undecodable bytes replaced: for people, not replay. */
    public String originalText() {
        return new String(Base64.getDecoder().decode(originalBase64), StandardCharsets.UTF_8);
    }

    public static String kafkaOrigin(String topic, int partition, long offset) {
        return "kafka:" + topic + "/" + partition + "@" + offset;
    }
}
