package io.nabiz.engine.mention;

import java.util.Locale;

/** Why a record could not become a {@link Mention}; each reason is counted separately. */
public enum RejectReason {
    TOO_LARGE,
    INVALID_UTF8,
    INVALID_JSON,
    NOT_AN_OBJECT,
    UNSUPPORTED_VERSION,
    MISSING_FIELD,
    WRONG_TYPE,
    UNKNOWN_CHANNEL,
    INVALID_TIMESTAMP,
    FUTURE_TIMESTAMP,
    EMPTY_TEXT,
    TEXT_TOO_LONG,
    /** A survey score outside its scale, or a survey response without any score. */
    INVALID_SCORE;

    /** The snake-case code written into dead letters and metric names. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
