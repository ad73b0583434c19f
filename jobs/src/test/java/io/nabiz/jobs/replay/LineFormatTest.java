package io.nabiz.jobs.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nabiz.jobs.serde.DecodedRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.reader.StreamFormat;
import org.apache.flink.core.fs.local.LocalDataInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lines as the replay reads them: every byte kept, every line numbered as an editor would. */
class LineFormatTest {

    @TempDir Path dir;

    /** Not JSON, so each line comes back as a dead letter that carries its text and origin. */
    private List<String> read(String content) throws IOException {
        Path file = Files.writeString(dir.resolve("in.jsonl"), content, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>();
        try (StreamFormat.Reader<DecodedRecord> reader =
                new LineFormat("in.jsonl", new JsonLineDecoder())
                        .createReader(
                                new Configuration(), new LocalDataInputStream(file.toFile()))) {
            for (DecodedRecord r = reader.read(); r != null; r = reader.read()) {
                lines.add(r.deadLetter().origin() + " " + r.deadLetter().originalText());
            }
        }
        return lines;
    }

    @Test
    void crlfEmptyLinesAndAMissingFinalNewline() throws IOException {
        assertEquals(
                List.of("file:in.jsonl:1 one", "file:in.jsonl:3 three", "file:in.jsonl:4 four"),
                read("one\r\n\nthree\nfour"));
        assertEquals(List.of(), read(""));
        assertEquals(List.of(), read("\n\r\n"));
    }

    /** Lines longer than the read buffer, and line feeds on its edges, come back whole. */
    @Test
    void linesAcrossBufferBoundaries() throws IOException {
        String longLine = "ü".repeat(50_000); // 100,000 bytes
        String edge = "x".repeat((1 << 16) - 1); // its line feed is the buffer's last byte
        List<String> lines = read(edge + "\n" + longLine + "\nshort\n" + longLine + "\n");
        assertEquals(4, lines.size());
        assertEquals("file:in.jsonl:1 " + edge, lines.get(0));
        assertEquals("file:in.jsonl:2 " + longLine, lines.get(1));
        assertEquals("file:in.jsonl:3 short", lines.get(2));
        assertEquals("file:in.jsonl:4 " + longLine, lines.get(3));
    }
}
