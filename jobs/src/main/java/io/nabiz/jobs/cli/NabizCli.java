package io.nabiz.jobs.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code nabiz} command line: one entry point, one subcommand per task. */
@Command(
        name = "nabiz",
        mixinStandardHelpOptions = true,
        description =
                "Early-warning engine for customer complaints in Turkish, German and English.",
        subcommands = {AnalyzeCommand.class, TrainCommand.class, EvalSentimentCommand.class})
public final class NabizCli implements Runnable {

    public static void main(String[] args) {
        System.exit(new CommandLine(new NabizCli()).execute(args));
    }

    @Override
    public void run() {
        // Without a subcommand there is nothing to do but explain the choices.
        CommandLine.usage(this, System.out);
    }
}
