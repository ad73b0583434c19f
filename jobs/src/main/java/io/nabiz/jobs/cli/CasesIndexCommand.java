package io.nabiz.jobs.cli;

import io.nabiz.engine.cases.Case;
import io.nabiz.engine.cases.CaseBase;
import io.nabiz.engine.cases.CaseTerms;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code nabiz cases index}: builds a new version of a case base from a JSON-lines file and makes
 * it the live one; running jobs switch to it without a restart.
 */
@Command(
        name = "index",
        mixinStandardHelpOptions = true,
        description =
                "Index case records (JSON lines, config/schemas/case.schema.json) into a case base"
                        + " directory as its new live version. A bad record fails the whole file"
                        + " (exit 2, each problem with its line); nothing is indexed then.")
final class CasesIndexCommand implements Callable<Integer> {

    @Option(
            names = "--input",
            paramLabel = "FILE",
            required = true,
            description = "Case records, one JSON object per line.")
    Path input;

    @Option(
            names = "--index",
            paramLabel = "DIR",
            required = true,
            description = "The case base directory (created when missing).")
    Path index;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CaseTerms vocabulary = CaseTerms.loadDefault();
        List<Case> cases = CasesCommand.readCases(input, vocabulary, spec.commandLine().getErr());
        String version = new CaseBase(index, vocabulary).publish(cases);
        spec.commandLine()
                .getOut()
                .printf("Indexed %d cases into %s (version %s)%n", cases.size(), index, version);
        return NabizCli.OK;
    }
}
