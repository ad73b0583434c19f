package io.nabiz.engine.analysis.bench;

import io.nabiz.engine.analysis.Analysis;
import io.nabiz.engine.analysis.MentionAnalyzer;
import io.nabiz.engine.analysis.sentiment.training.LabelledText;
import io.nabiz.engine.analysis.sentiment.training.LabelledTsv;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The enrich step ({@code detectAndAnalyze}: language id and the whole analysis, one thread) on
 * real messages: every dev file of the language under {@code ../shared/data/sentiment} (override
 * with {@code -Dnabiz.data=DIR}), read at set-up and never copied into the project. The generated
 * messages of the jobs' {@code EnrichBenchmark} are the shipped, reproducible figure; this one says
 * whether it holds for real text. Run with {@code scripts/bench-analysis}; it asserts nothing.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx1g"})
public class RealTextBenchmark {

    @Param({"tr", "de", "en"})
    public String lang;

    private MentionAnalyzer analyzer;
    private List<String> texts;
    private int next;

    @Setup
    public void setUp() throws IOException {
        analyzer = MentionAnalyzer.loadDefault();
        Path dir = Path.of(System.getProperty("nabiz.data", "../shared/data"), "sentiment", lang);
        texts = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*-dev.tsv")) {
            for (Path file : files) {
                for (LabelledText row : LabelledTsv.read(file, 0, 1)) {
                    texts.add(row.text());
                }
            }
        }
        if (texts.isEmpty()) {
            throw new IllegalStateException("no *-dev.tsv texts in " + dir.toAbsolutePath());
        }
    }

    @Benchmark
    public Analysis detectAndAnalyze() {
        next = next + 1 == texts.size() ? 0 : next + 1;
        return analyzer.analyze(texts.get(next), null);
    }
}
