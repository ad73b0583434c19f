package io.nabiz.jobs.replay;

import io.nabiz.jobs.serde.DecodedRecord;
import java.io.Serializable;

/** Turns one line of a replay file into a mention or, never throwing, a dead letter. */
public interface LineDecoder extends Serializable {

    /** Whether the file's first line names columns instead of holding a record. */
    boolean skipsHeader();

    /**
     * @param line the line's bytes, without its line terminator
     * @param origin where the line came from, {@code file:NAME:LINE}
     */
    DecodedRecord decode(byte[] line, String origin);
}
