package io.nabiz.jobs.replay;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.nabiz.engine.json.Json;
import io.nabiz.engine.mention.DeadLetter;
import io.nabiz.engine.mention.InvalidMentionException;
import io.nabiz.engine.mention.Mention;
import io.nabiz.engine.mention.MentionCodec;
import io.nabiz.engine.mention.RejectReason;
import io.nabiz.jobs.serde.DecodedRecord;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Decodes CSV rows by building the Mention JSON a producer would have sent and running it through
 * the same codec, so a CSV row is accepted or rejected exactly as that JSON would be.
 */
public final class CsvLineDecoder implements LineDecoder {

    private final CsvColumns columns;
    private transient MentionCodec codec;

    public CsvLineDecoder(CsvColumns columns) {
        this.columns = columns;
    }

    @Override
    public boolean skipsHeader() {
        return true;
    }

    @Override
    public DecodedRecord decode(byte[] line, String origin) {
        if (codec == null) {
            codec = new MentionCodec();
        }
        try {
            return DecodedRecord.of(codec.decode(toJson(row(line)), null));
        } catch (InvalidMentionException e) {
            return DecodedRecord.of(DeadLetter.of(e, origin, null, line));
        }
    }

    private String[] row(byte[] line) throws InvalidMentionException {
        String text;
        try {
            text =
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(line))
                            .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidMentionException(RejectReason.INVALID_UTF8, "not valid UTF-8");
        }
        String[] cells;
        try {
            cells = CsvColumns.split(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidMentionException(RejectReason.WRONG_TYPE, e.getMessage());
        }
        if (cells.length != columns.width()) {
            throw new InvalidMentionException(
                    RejectReason.MISSING_FIELD,
                    "row has " + cells.length + " cells, the header names " + columns.width());
        }
        return cells;
    }

    private static byte[] toJsonBytes(ObjectNode node) {
        try {
            return Json.MAPPER.writeValueAsBytes(node);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private byte[] toJson(String[] cells) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("v", Mention.VERSION);
        ObjectNode engagement = node.putObject("engagement");
        for (Map.Entry<String, Integer> c : columns.columns().entrySet()) {
            String field = c.getKey();
            String value = cells[c.getValue()];
            if (value.isEmpty() && !CsvColumns.REQUIRED.contains(field)) {
                continue; // an empty optional cell means "not given"
            }
            ObjectNode target =
                    CsvColumns.COUNTS.contains(field)
                            ? engagement
                            : CsvColumns.SCORES.contains(field) ? survey(node) : node;
            Long number = field.equals("v") || target != node ? integer(value) : null;
            if (number != null) {
                target.put(field, number);
            } else {
                // Left as text, a non-numeric count, score or version fails the codec's check.
                target.put(field, value);
            }
        }
        return toJsonBytes(node);
    }

    private static ObjectNode survey(ObjectNode node) {
        return node.has("survey") ? (ObjectNode) node.get("survey") : node.putObject("survey");
    }

    private static Long integer(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
