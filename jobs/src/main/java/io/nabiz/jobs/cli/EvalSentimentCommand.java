package io.nabiz.jobs.cli;

import io.nabiz.engine.analysis.LanguageAnalyzers;
import io.nabiz.engine.analysis.MentionAnalyzer;
import io.nabiz.engine.analysis.backend.AnalysisBackend;
import io.nabiz.engine.analysis.sentiment.training.Evaluation;
import io.nabiz.engine.analysis.sentiment.training.LabelledText;
import io.nabiz.engine.analysis.sentiment.training.LabelledTsv;
import io.nabiz.engine.analysis.sentiment.training.SentimentEvaluator;
import io.nabiz.engine.json.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.lucene.analysis.Analyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code nabiz eval-sentiment}: measures the shipped sentiment model of a language (or, with {@code
 * --analyzer}, another engine) on a labelled TSV file and prints accuracy, macro-F1, per-label
 * precision/recall/F1, the confusion matrix and throughput (analysis + model, one thread, after a
 * warm-up pass) as JSON. On a file with only two labels the model chooses between those two.
 *
 * <p>Exit codes: 0 measured, 1 failure, 2 bad usage or unreadable input.
 */
@Command(
        name = "eval-sentiment",
        mixinStandardHelpOptions = true,
        description = "Measure the sentiment model on a labelled TSV file; prints JSON.")
public final class EvalSentimentCommand implements Callable<Integer> {

    /** Enough rows for the JIT to compile the hot path, few enough for a slow backend. */
    private static final int WARM_UP_ROWS = 500;

    @Spec private CommandSpec spec;

    @Option(
            names = "--input",
            required = true,
            paramLabel = "FILE.tsv",
            description = "UTF-8 TSV with a header line.")
    private Path input;

    @Option(names = "--lang", required = true, description = "tr, de or en.")
    private String lang;

    @Option(
            names = "--text-col",
            paramLabel = "N",
            description = "1-based column of the text (default: ${DEFAULT-VALUE}).",
            defaultValue = "1")
    private int textColumn;

    @Option(
            names = "--label-col",
            paramLabel = "N",
            description =
                    "1-based column of the label: negative|neutral|positive (default: ${DEFAULT-VALUE}).",
            defaultValue = "2")
    private int labelColumn;

    @Mixin private BackendOptions backendOptions;

    @Override
    public Integer call() throws IOException {
        if (!LanguageAnalyzers.isSupported(lang)) {
            throw usage("--lang must be one of " + LanguageAnalyzers.SUPPORTED + ", got " + lang);
        }
        if (textColumn < 1 || labelColumn < 1 || textColumn == labelColumn) {
            throw usage("--text-col and --label-col must be different columns, counted from 1");
        }
        if (!Files.isReadable(input)) {
            throw usage("cannot read " + input);
        }
        List<LabelledText> rows;
        try {
            rows = LabelledTsv.read(input, textColumn - 1, labelColumn - 1);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        if (rows.isEmpty()) {
            throw usage(input + " has no labelled rows");
        }
        Analyzer analyzer = LanguageAnalyzers.forLanguage(lang);
        SentimentEvaluator.Classifier classifier = classifier();
        // A first pass warms the JIT (and a backend's lazily loaded models) up; the timed pass
        // then reports the steady-state rate the pipeline sees rather than the interpreter's.
        SentimentEvaluator.evaluate(
                rows.subList(0, Math.min(WARM_UP_ROWS, rows.size())), analyzer, classifier);
        long start = System.nanoTime();
        Evaluation evaluation = SentimentEvaluator.evaluate(rows, analyzer, classifier);
        double seconds = (System.nanoTime() - start) / 1e9;

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("input", input.toString());
        report.put("lang", lang);
        report.put("analyzer", backendOptions.analyzer);
        report.put(
                "labels",
                SentimentEvaluator.labelsOf(rows).stream().map(l -> l.wireName()).toList());
        report.putAll(evaluation.toMap());
        report.put("messagesPerSecond", Math.round(rows.size() / seconds));
        PrintWriter out = spec.commandLine().getOut();
        out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report));
        out.flush();
        return 0;
    }

    private SentimentEvaluator.Classifier classifier() {
        AnalysisBackend backend;
        try {
            backend = backendOptions.sentimentBackend();
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        if (backend == AnalysisBackend.NONE) {
            // The whole analysis, so that cues and the priors of customer service count as in
            // `nabiz analyze`.
            MentionAnalyzer analysis = MentionAnalyzer.loadDefault();
            return (text, terms, allowed) -> analysis.sentiment(text, lang, allowed).label();
        }
        if (!backend.sentimentLanguages().contains(lang)) {
            throw usage(
                    "--analyzer "
                            + backend.name()
                            + " scores only "
                            + backend.sentimentLanguages()
                            + ", not "
                            + lang);
        }
        return (text, terms, allowed) -> backend.sentiment(text, lang, allowed).label();
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
