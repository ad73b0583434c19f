package io.nabiz.jobs.replay;

import io.nabiz.engine.mention.DeadLetter;
import io.nabiz.engine.mention.InvalidMentionException;
import io.nabiz.engine.mention.MentionCodec;
import io.nabiz.jobs.serde.DecodedRecord;

/** Decodes JSON lines: each line one Mention contract object, exactly as Kafka would carry it. */
public final class JsonLineDecoder implements LineDecoder {

    private transient MentionCodec codec;

    @Override
    public boolean skipsHeader() {
        return false;
    }

    @Override
    public DecodedRecord decode(byte[] line, String origin) {
        if (codec == null) {
            codec = new MentionCodec();
        }
        try {
            // A file has no receive time, so no event time counts as "in the future".
            return DecodedRecord.of(codec.decode(line, null));
        } catch (InvalidMentionException e) {
            return DecodedRecord.of(DeadLetter.of(e, origin, null, line));
        }
    }
}
