package io.nabiz.jobs.cli;

import io.nabiz.engine.analysis.LanguageAnalyzers;
import io.nabiz.engine.analysis.sentiment.SentimentScorer;
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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code nabiz eval-sentiment}: measures the shipped sentiment model of a language on a labelled
 * TSV file and prints accuracy, macro-F1, per-label precision/recall/F1, the confusion matrix and
 * throughput (analysis + model, one thread, after a warm-up pass) as JSON. On a file with only two
 * labels the model chooses between those two.
 *
 * <p>Exit codes: 0 measured, 1 failure, 2 bad usage or unreadable input.
 */
@Command(
        name = "eval-sentiment",
        mixinStandardHelpOptions = true,
        description = "Measure the sentiment model on a labelled TSV file; prints JSON.")
public final class EvalSentimentCommand implements Callable<Integer> {

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
        SentimentScorer scorer = SentimentScorer.loadDefault(lang, analyzer);
        // The first pass warms the JIT up; the second is timed, so small files report the
        // steady-state rate the pipeline sees rather than the interpreter's.
        SentimentEvaluator.evaluate(
                rows, analyzer, (terms, allowed) -> scorer.score(terms, allowed).label());
        long start = System.nanoTime();
        Evaluation evaluation =
                SentimentEvaluator.evaluate(
                        rows, analyzer, (terms, allowed) -> scorer.score(terms, allowed).label());
        double seconds = (System.nanoTime() - start) / 1e9;

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("input", input.toString());
        report.put("lang", lang);
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

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
