package io.nabiz.engine.mention;

import java.util.Objects;

/** A record that is not a valid mention, with the reason it goes to the dead-letter output. */
public final class InvalidMentionException extends Exception {

    private final RejectReason reason;

    public InvalidMentionException(RejectReason reason, String detail) {
        super(detail, null, false, false);
        this.reason = Objects.requireNonNull(reason);
    }

    public RejectReason reason() {
        return reason;
    }
}
