package io.nabiz.jobs.bench;

import io.nabiz.engine.analysis.Analysis;
import io.nabiz.engine.analysis.MentionAnalyzer;
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
 * Throughput of the whole enrich step on one thread: normalisation, language id (or a trusted
 * hint), analysis, sentiment model, aspects and cues, over {@value #MESSAGES} different generated
 * messages of 5 to 40 words per language, so no message repeats within a measurement's reach of the
 * caches. Run with {@code scripts/bench} (with {@code -prof gc} for the bytes allocated per
 * message); it prints figures and asserts nothing.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx1g"})
public class EnrichBenchmark {

    private static final int MESSAGES = 20_000;

    @Param({"tr", "de", "en"})
    public String lang;

    private MentionAnalyzer analyzer;
    private List<String> messages;
    private int next;

    @Setup
    public void setUp() {
        analyzer = MentionAnalyzer.loadDefault();
        messages = new MessageGenerator(lang.hashCode()).messages(lang, MESSAGES);
    }

    /** The full step as the pipeline runs it on messages without a declared language. */
    @Benchmark
    public Analysis detectAndAnalyze() {
        return analyzer.analyze(nextMessage(), null);
    }

    /** The step when the source declares the language, which skips language id. */
    @Benchmark
    public Analysis analyzeWithHint() {
        return analyzer.analyze(nextMessage(), lang);
    }

    private String nextMessage() {
        next = next + 1 == messages.size() ? 0 : next + 1;
        return messages.get(next);
    }
}
