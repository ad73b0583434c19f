package io.nabiz.jobs.serde;

import io.nabiz.engine.mention.DeadLetter;
import io.nabiz.engine.mention.Mention;

/**
 * A source record after decoding: exactly one of a mention or a dead letter.
 *
 * <p>Decoding happens in the source's deserializer so each Kafka partition's watermark is taken
 * from its own mentions' event times.
 */
public record DecodedRecord(Mention mention, DeadLetter deadLetter) {

    public static DecodedRecord of(Mention m) {
        return new DecodedRecord(m, null);
    }

    public static DecodedRecord of(DeadLetter d) {
        return new DecodedRecord(null, d);
    }

    public boolean isMention() {
        return mention != null;
    }
}
