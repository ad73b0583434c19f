package io.nabiz.engine.rule.backtest;

import com.fasterxml.jackson.databind.MappingIterator;
import io.nabiz.engine.analysis.Analysis;
import io.nabiz.engine.analysis.MentionAnalyzer;
import io.nabiz.engine.json.Json;
import io.nabiz.engine.mention.InvalidMentionException;
import io.nabiz.engine.mention.Mention;
import io.nabiz.engine.mention.MentionCodec;
import io.nabiz.engine.window.AspectMention;
import io.nabiz.engine.window.IncidentKey;
import io.nabiz.engine.window.WindowStats;
import io.nabiz.engine.window.WindowStatsAccumulator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Turns a time-ordered mention stream (JSON lines, optionally gzipped) into the per-key window
 * figures the rule operator judges, with the same analysis and the same accumulator as the job's
 * enrich and window steps, and keeps them in a file so rule sets can be compared on them quickly.
 *
 * <p>Unlike the job it reads no Kafka and keeps no watermark: a mention whose window has already
 * been closed (the stream went back in time by more than a window) is counted as late and skipped,
 * so for a stream in time order, such as a series converted for a backtest, the figures equal the
 * job's.
 */
public final class WindowFigures {

    /** What reading a stream gave: its windows in judging order, and what was left out. */
    public record Read(List<WindowStats> windows, long mentions, long invalid, long late) {}

    /** Windows in the order the rule operator judges them: by end, then by aspect. */
    static final Comparator<WindowStats> ORDER =
            Comparator.comparing(WindowStats::end).thenComparing(w -> w.key().path());

    private WindowFigures() {}

    /** Reads a mention stream into windows of {@code window}. */
    public static Read fromMentions(Path file, Duration window) throws IOException {
        MentionAnalyzer analyzer = MentionAnalyzer.loadDefault();
        MentionCodec codec = new MentionCodec();
        long size = window.toMillis();
        TreeMap<Long, HashMap<IncidentKey, WindowStatsAccumulator>> open = new TreeMap<>();
        List<WindowStats> closed = new ArrayList<>();
        long mentions = 0;
        long invalid = 0;
        long late = 0;
        try (BufferedReader in = reader(file)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                Mention m;
                try {
                    m = codec.decode(line.getBytes(StandardCharsets.UTF_8), null);
                } catch (InvalidMentionException e) {
                    invalid++;
                    continue;
                }
                long start = Math.floorDiv(m.ts().toEpochMilli(), size) * size;
                // Every window that ended before this one began is complete.
                while (!open.isEmpty() && open.firstKey() < start) {
                    close(open.pollFirstEntry(), size, closed);
                }
                if (!closed.isEmpty()
                        && start <= closed.get(closed.size() - 1).start().toEpochMilli()) {
                    late++;
                    continue;
                }
                mentions++;
                Analysis a = analyzer.analyze(m.text(), m.lang());
                for (AspectMention am : AspectMention.of(m, a)) {
                    open.computeIfAbsent(start, s -> new HashMap<>())
                            .computeIfAbsent(am.key(), k -> new WindowStatsAccumulator())
                            .add(am);
                }
            }
        }
        while (!open.isEmpty()) {
            close(open.pollFirstEntry(), size, closed);
        }
        closed.sort(ORDER);
        return new Read(closed, mentions, invalid, late);
    }

    private static void close(
            Map.Entry<Long, HashMap<IncidentKey, WindowStatsAccumulator>> window,
            long size,
            List<WindowStats> closed) {
        Instant start = Instant.ofEpochMilli(window.getKey());
        Instant end = start.plusMillis(size);
        window.getValue().forEach((key, acc) -> closed.add(acc.toStats(key, start, end)));
    }

    /** Writes windows as JSON lines, gzipped. */
    public static void write(List<WindowStats> windows, Path file) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            for (WindowStats w : windows) {
                out.write(Json.MAPPER.writeValueAsBytes(w));
                out.write('\n');
            }
        }
    }

    /** Reads windows written by {@link #write}. */
    public static List<WindowStats> read(Path file) throws IOException {
        List<WindowStats> windows = new ArrayList<>();
        try (BufferedReader in = reader(file);
                MappingIterator<WindowStats> it =
                        Json.MAPPER.readerFor(WindowStats.class).readValues(in)) {
            while (it.hasNext()) {
                windows.add(it.next());
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        windows.sort(ORDER);
        return windows;
    }

    private static BufferedReader reader(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }
}
