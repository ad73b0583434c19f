package io.nabiz.jobs.cli;

import io.nabiz.engine.cases.Case;
import io.nabiz.engine.cases.CaseCodec;
import io.nabiz.engine.cases.CaseTerms;
import io.nabiz.engine.cases.InvalidCasesException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code nabiz cases}: the case base of past incidents that alerts draw similar cases from. */
@Command(
        name = "cases",
        mixinStandardHelpOptions = true,
        description = "Build, search, measure and grow the case base of past incidents.",
        subcommands = {
            CasesIndexCommand.class,
            CasesSearchCommand.class,
            CasesEvalCommand.class,
            CasesLearnCommand.class
        })
public final class CasesCommand implements Runnable {

    /** The bundled sample case base and labelled queries. */
    static final String SAMPLE_CASES = "/config/samples/cases.jsonl";

    static final String SAMPLE_QUERIES = "/config/samples/case-queries.jsonl";

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }

    /**
     * The cases in {@code file} (the bundled sample when {@code null}); bad records are printed to
     * {@code err} as {@code FILE:line N: problem} and make the command fail with exit code 2.
     */
    static List<Case> readCases(Path file, CaseTerms vocabulary, PrintWriter err)
            throws IOException {
        String source = file == null ? SAMPLE_CASES : file.toString();
        try (BufferedReader lines = open(file, SAMPLE_CASES)) {
            return new CaseCodec(vocabulary.aspectNames()).read(lines, source);
        } catch (InvalidCasesException e) {
            for (String problem : e.problems()) {
                err.printf("%s:%s%n", source, problem.replaceFirst("^line ", ""));
            }
            throw new BadInputException(
                    source + ": " + e.problems().size() + " bad case records, nothing indexed");
        }
    }

    /** {@code file}'s lines, or the bundled resource's when {@code file} is {@code null}. */
    static BufferedReader open(Path file, String resource) throws IOException {
        if (file == null) {
            InputStream in = CasesCommand.class.getResourceAsStream(resource);
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("no such file: " + file);
        }
        return Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }
}
