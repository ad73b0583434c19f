package io.nabiz.jobs.cli;

import io.nabiz.engine.analysis.LanguageAnalyzers;
import io.nabiz.engine.analysis.MentionAnalyzer;
import io.nabiz.engine.analysis.aspect.AspectEvaluation;
import io.nabiz.engine.analysis.aspect.TaggedText;
import io.nabiz.engine.analysis.aspect.TaggedTsv;
import io.nabiz.engine.json.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code nabiz eval-aspects}: runs the whole analysis over a tagged message set (TSV: text, label,
 * aspects, cues; e.g. {@code config/samples/cx-sentences-tr.tsv}) and prints label accuracy, aspect
 * accuracy, cue precision and recall, and every message it got wrong, as JSON.
 *
 * <p>Exit codes: 0 measured, 1 failure, 2 bad usage or unreadable input.
 */
@Command(
        name = "eval-aspects",
        mixinStandardHelpOptions = true,
        description =
                "Measure labels, aspects and cues on a tagged TSV file (text, label, aspects,"
                        + " cues); prints JSON.")
public final class EvalAspectsCommand implements Callable<Integer> {

    @Spec private CommandSpec spec;

    @Option(
            names = "--input",
            required = true,
            paramLabel = "FILE.tsv",
            description = "UTF-8 TSV with the header text, label, aspects, cues.")
    private Path input;

    @Option(names = "--lang", required = true, description = "tr, de or en.")
    private String lang;

    @Override
    public Integer call() throws IOException {
        if (!LanguageAnalyzers.isSupported(lang)) {
            throw usage("--lang must be one of " + LanguageAnalyzers.SUPPORTED + ", got " + lang);
        }
        if (!Files.isReadable(input)) {
            throw usage("cannot read " + input);
        }
        List<TaggedText> rows;
        try {
            rows = TaggedTsv.read(input);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        if (rows.isEmpty()) {
            throw usage(input + " has no tagged rows");
        }
        MentionAnalyzer analyzer = MentionAnalyzer.loadDefault();
        AspectEvaluation evaluation = new AspectEvaluation();
        for (TaggedText row : rows) {
            evaluation.add(row, analyzer.analyze(row.text(), lang));
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("input", input.toString());
        report.put("lang", lang);
        report.putAll(evaluation.toMap());
        PrintWriter out = spec.commandLine().getOut();
        out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report));
        out.flush();
        return 0;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
