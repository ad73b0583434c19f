package io.nabiz.engine.mention;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * A record that could not become a mention, kept with why and where it came from so nothing is
 * silently dropped and the producer can be fixed.
 *
 * <p>{@code origin} names the source ({@code kafka:mentions.chat/0@42}, {@code file:day.jsonl:17});
 * the original bytes are kept exactly, as Base64.
 */
public record DeadLetter(
        int v,
        String reason,
        String detail,
        String origin,
        Instant receivedAt,
        String originalBase64) {

    public static final int VERSION = 1;

    public DeadLetter {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(originalBase64, "originalBase64");
    }

    public static DeadLetter of(
            InvalidMentionException e, String origin, Instant receivedAt, byte[] original) {
        return new DeadLetter(
                VERSION,
                e.reason().code(),
                e.getMessage(),
                origin,
                receivedAt,
                Base64.getEncoder().encodeToString(original == null ? new byte[0] : original));
    }

    /** The original record as text, with undecodable bytes replaced: for people, not replay. */
    public String originalText() {
        return new String(Base64.getDecoder().decode(originalBase64), StandardCharsets.UTF_8);
    }

    public static String kafkaOrigin(String topic, int partition, long offset) {
        return "kafka:" + topic + "/" + partition + "@" + offset;
    }
}
