package io.nabiz.jobs.cli;

import io.nabiz.engine.alert.Playbooks;
import io.nabiz.engine.rule.RuleSet;
import io.nabiz.engine.rule.RuleSetLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code nabiz rules}: work with rule files before they go live. */
@Command(
        name = "rules",
        mixinStandardHelpOptions = true,
        description = "Work with rule files.",
        subcommands = {RulesCommand.Validate.class})
public final class RulesCommand implements Runnable {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }

    /** {@code nabiz rules validate FILE}: exit 0 when valid, 2 with each problem's line. */
    @Command(
            name = "validate",
            mixinStandardHelpOptions = true,
            description = "Check a rules file against the schema and the playbooks.")
    static final class Validate implements Callable<Integer> {

        @Parameters(paramLabel = "FILE", description = "The rules YAML to check.")
        Path file;

        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!Files.isRegularFile(file)) {
                throw new BadInputException("no such file: " + file);
            }
            try {
                RuleSet rules = new RuleSetLoader(Playbooks.loadDefault()).load(file);
                out.printf(
                        "%s: valid, %d rules over %s windows%n",
                        file, rules.rules().size(), rules.window());
                return NabizCli.OK;
            } catch (RuleSetLoader.InvalidRulesException e) {
                for (String problem : e.problems()) {
                    err.printf("%s:%s%n", file, problem.replaceFirst("^line ", ""));
                }
                return NabizCli.BAD_INPUT;
            }
        }
    }
}
