package io.nabiz.engine.mention;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.nabiz.engine.privacy.PiiMasker;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a dead letter keeps of its original record ({@code deadLetters.payload} in {@code
 * config/nabiz.yaml}).
 *
 * <p>The original bytes are what lets a fixed producer or a fixed decoder reprocess a record, and
 * also the one place personal data may leave the job unmasked: each deployment chooses.
 */
public enum DeadLetterPayload {
    /** The original bytes, exactly (up to {@link DeadLetter#MAX_ORIGINAL_BYTES}): reprocessable. */
    ORIGINAL,
    /**
     * The original read as UTF-8 with its personal data masked: readable and re-decodable when the
     * record was valid UTF-8, no longer byte-exact.
     */
    MASKED,
    /** No bytes; reason, detail, origin and size only. The origin still points at the record. */
    NONE;

    private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"");

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static DeadLetterPayload fromWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /**
     * The dead letter as this choice keeps it. Its detail is masked whatever the choice; unless the
     * original is kept, what the detail quotes is left out too, since a decoder message may quote a
     * piece of the record too short to recognise ("Unrecognized token 'ayse'").
     */
    public DeadLetter apply(DeadLetter d) {
        String kept =
                switch (this) {
                    case ORIGINAL -> d.originalBase64();
                    case MASKED -> masked(d.originalBase64());
                    case NONE -> "";
                };
        String detail = d.detail() == null ? null : PiiMasker.mask(d.detail());
        if (detail != null && this != ORIGINAL) {
            detail = QUOTED.matcher(detail).replaceAll("'…'");
        }
        return new DeadLetter(
                d.v(),
                d.reason(),
                detail,
                d.origin(),
                d.receivedAt(),
                d.originalSize(),
                kept,
                wireName());
    }

    private static String masked(String base64) {
        String text = new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
        return Base64.getEncoder()
                .encodeToString(PiiMasker.mask(text).getBytes(StandardCharsets.UTF_8));
    }
}
