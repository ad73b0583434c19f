package io.nabiz.jobs.replay;

import io.nabiz.jobs.serde.DecodedRecord;
import io.nabiz.jobs.serde.MentionDeserializer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.kafka.clients.consumer.ConsumerConfig;

/**
 * Where a replay reads from: one file of mention lines or CSV rows, or Kafka topics between two
 * times. Everything that can be checked before the job starts is checked here, so bad input ends
 * with one clear message and no output.
 */
public final class ReplayInput {

    /** How the lines of a file encode mentions. */
    public enum Format {
        JSONL,
        CSV;

        /** CSV for {@code .csv} and {@code .csv.gz}, JSON lines otherwise. */
        static Format of(Path file) {
            String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            return name.endsWith(".csv") || name.endsWith(".csv.gz") ? CSV : JSONL;
        }
    }

    private static final int PROBE_BYTES = 1 << 16;

    private final Source<DecodedRecord, ?, ?> source;
    private final String description;

    private ReplayInput(Source<DecodedRecord, ?, ?> source, String description) {
        this.source = source;
        this.description = description;
    }

    /**
     * @param format {@code null} to go by the file name
     * @param columns CSV field to column mapping; must be empty for JSON lines
     */
    public static ReplayInput file(Path file, Format format, Map<String, String> columns) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new InvalidInputException("no such file: " + file);
        }
        Format f = format == null ? Format.of(file) : format;
        String name = file.getFileName().toString();
        String header = probe(file);
        LineDecoder decoder;
        if (f == Format.CSV) {
            if (header == null) {
                throw new InvalidInputException(file + " is empty: a CSV file needs a header line");
            }
            decoder = new CsvLineDecoder(CsvColumns.resolve(header, columns, name));
        } else if (!columns.isEmpty()) {
            throw new InvalidInputException("--columns applies to CSV input only, not " + file);
        } else {
            decoder = new JsonLineDecoder();
        }
        FileSource<DecodedRecord> source =
                FileSource.forRecordStreamFormat(
                                new LineFormat(name, decoder),
                                new org.apache.flink.core.fs.Path(file.toAbsolutePath().toUri()))
                        .build();
        return new ReplayInput(source, file.toString());
    }

    /** Mentions written to {@code topics} from {@code from} (inclusive) to {@code to}. */
    public static ReplayInput kafka(
            String bootstrapServers, List<String> topics, Instant from, Instant to) {
        if (!from.isBefore(to)) {
            throw new InvalidInputException("--from " + from + " is not before --to " + to);
        }
        KafkaSource<DecodedRecord> source =
                KafkaSource.<DecodedRecord>builder()
                        .setBootstrapServers(bootstrapServers)
                        .setTopics(topics)
                        .setGroupId("nabiz-replay")
                        .setStartingOffsets(OffsetsInitializer.timestamp(from.toEpochMilli()))
                        .setBounded(OffsetsInitializer.timestamp(to.toEpochMilli()))
                        .setDeserializer(new MentionDeserializer())
                        .setProperty(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed")
                        // A replay must not move the listen job's (or anyone's) committed offsets.
                        .setProperty("commit.offsets.on.checkpoint", "false")
                        .build();
        return new ReplayInput(
                source, "kafka " + String.join(",", topics) + " from " + from + " to " + to);
    }

    public Source<DecodedRecord, ?, ?> source() {
        return source;
    }

    /** What was replayed, for the terminal and the report. */
    public String description() {
        return description;
    }

    /**
     * Reads the file as the replay will, so a file that is not gzip, or a gzip cut short, fails now
     * with one message rather than inside the job; a gzip is read to its end (decompressing is fast
     * next to analysing), plain files only at their start.
     *
     * @return the first line, or {@code null} for an empty file
     */
    private static String probe(Path file) {
        boolean gzip = file.getFileName().toString().endsWith(".gz");
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = gzip ? new GZIPInputStream(raw, PROBE_BYTES) : raw) {
            byte[] head = in.readNBytes(PROBE_BYTES);
            if (gzip) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            if (head.length == 0) {
                return null;
            }
            String start = new String(head, StandardCharsets.UTF_8);
            int nl = start.indexOf('\n');
            return (nl < 0 ? start : start.substring(0, nl)).replace("\r", "");
        } catch (IOException e) {
            throw new InvalidInputException(
                    (gzip ? "unreadable gzip " : "unreadable file ")
                            + file
                            + ": "
                            + e.getMessage());
        }
    }
}
