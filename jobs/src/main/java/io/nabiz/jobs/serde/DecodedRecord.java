package io.nabiz.jobs.serde;

import io.nabiz.engine.mention.DeadLetter;
import io.nabiz.engine.mention.Mention;

/**
 * A source record after decoding: exactly one of a mention or a dead letter.
 *
 * <p>Decoding happens in the source's deserializer so each Kafka partition's watermark is taken
 * from its own mentions' event times.
 *
 * @param receivedAt when the broker received the record (epoch milliseconds), or {@link
 *     #RECEIVED_UNKNOWN} for records read from files
 */
public record DecodedRecord(Mention mention, DeadLetter deadLetter, long receivedAt) {

    /** A record with no broker time: nothing bounds how far its mention moves event time. */
    public static final long RECEIVED_UNKNOWN = Long.MAX_VALUE;

    public static DecodedRecord of(Mention m) {
        return new DecodedRecord(m, null, RECEIVED_UNKNOWN);
    }

    /** A mention the broker received at {@code receivedAt} (epoch milliseconds). */
    public static DecodedRecord of(Mention m, long receivedAt) {
        return new DecodedRecord(m, null, receivedAt);
    }

    public static DecodedRecord of(DeadLetter d) {
        return new DecodedRecord(null, d, RECEIVED_UNKNOWN);
    }

    public boolean isMention() {
        return mention != null;
    }
}
