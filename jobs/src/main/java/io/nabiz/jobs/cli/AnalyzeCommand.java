package io.nabiz.jobs.cli;

import io.nabiz.engine.analysis.Analysis;
import io.nabiz.engine.analysis.LanguageAnalyzers;
import io.nabiz.engine.analysis.MentionAnalyzer;
import io.nabiz.engine.analysis.backend.AnalysisBackend;
import io.nabiz.engine.analysis.backend.AnalysisBackends;
import io.nabiz.engine.json.Json;
import io.nabiz.engine.mention.InvalidMentionException;
import io.nabiz.engine.mention.Mention;
import io.nabiz.engine.mention.MentionCodec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code nabiz analyze}: reads lines of plain text or Mention JSON and prints, for each, one JSON
 * line with the language, sentiment, aspects, cues and named entities the engine finds (and the
 * analysed tokens with {@code --explain}). Entities are looked for only with {@code --entities}.
 *
 * <p>Exit codes: 0 every line analysed, 1 failure, 2 bad usage or some lines were invalid Mention
 * JSON (those are reported on stderr and skipped).
 */
@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        description =
                "Analyse messages (one per line: text or Mention JSON) and print one JSON line each.")
public final class AnalyzeCommand implements Callable<Integer> {

    private static final String STDIN = "-";
    private static final char JSON_START = '{';

    @Spec private CommandSpec spec;

    @Option(
            names = "--input",
            paramLabel = "FILE",
            defaultValue = STDIN,
            description = "File to read, or - for stdin (default).")
    private String input;

    @Option(
            names = "--lang",
            description = "Language of all lines (tr, de, en); detected when absent.")
    private String lang;

    @Mixin private BackendOptions backendOptions;

    @Option(
            names = "--entities",
            paramLabel = "NAME",
            description =
                    "Also find named entities (ORG, LOCATION, MISC) in English and German with"
                            + " this backend: corenlp (needs a -Pcorenlp build).")
    private String entities;

    @Option(
            names = "--explain",
            description = "Also print the analysed tokens (negated ones marked !).")
    private boolean explain;

    /** Stdin by default; tests inject their own. */
    private Reader stdin = new InputStreamReader(System.in, StandardCharsets.UTF_8);

    AnalyzeCommand withStdin(Reader reader) {
        this.stdin = reader;
        return this;
    }

    @Override
    public Integer call() throws IOException {
        if (lang != null && !LanguageAnalyzers.isSupported(lang)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--lang must be one of " + LanguageAnalyzers.SUPPORTED + ", got " + lang);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        MentionAnalyzer analyzer = analyzer();
        MentionCodec codec = new MentionCodec();
        int invalid = 0;
        try (BufferedReader reader = open()) {
            int lineNumber = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                Map<String, Object> result = new LinkedHashMap<>();
                String text = line;
                String hint = lang;
                if (line.stripLeading().charAt(0) == JSON_START) {
                    try {
                        Mention m =
                                codec.decode(line.getBytes(StandardCharsets.UTF_8), Instant.now());
                        result.put("id", m.id());
                        text = m.text();
                        hint = lang != null ? lang : m.lang();
                    } catch (InvalidMentionException e) {
                        err.println("line " + lineNumber + ": invalid mention: " + e.getMessage());
                        invalid++;
                        continue;
                    }
                }
                Analysis a = explain ? analyzer.explain(text, hint) : analyzer.analyze(text, hint);
                result.put("lang", a.lang());
                result.put("label", a.sentiment().label().wireName());
                result.put("score", round(a.sentiment().score()));
                result.put("confidence", round(a.sentiment().confidence()));
                result.put("aspects", a.aspects());
                result.put("cues", a.cues());
                result.put("entities", a.entities());
                if (explain) {
                    result.put("tokens", a.tokens());
                }
                out.println(Json.MAPPER.writeValueAsString(result));
            }
        }
        out.flush();
        err.flush();
        return invalid == 0 ? 0 : 2;
    }

    private MentionAnalyzer analyzer() {
        try {
            return MentionAnalyzer.loadDefault(
                    backendOptions.sentimentBackend(),
                    entities == null ? AnalysisBackend.NONE : AnalysisBackends.load(entities));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private BufferedReader open() throws IOException {
        if (STDIN.equals(input)) {
            return new BufferedReader(stdin);
        }
        Path file = Path.of(input);
        if (!Files.isReadable(file)) {
            throw new ParameterException(spec.commandLine(), "cannot read " + input);
        }
        return Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
