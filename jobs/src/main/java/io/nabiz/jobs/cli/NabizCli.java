package io.nabiz.jobs.cli;

import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code nabiz} command: one entry point, one subcommand per capability. */
@Command(
        name = "nabiz",
        mixinStandardHelpOptions = true,
        versionProvider = NabizCli.Version.class,
        description =
                "Early warning for emerging customer complaints in Turkish, German and English.",
        subcommands = {
            DemoCommand.class,
            ListenCommand.class,
            ReplayCommand.class,
            RulesCommand.class,
            AlertsCommand.class,
            BoardCommand.class,
            CasesCommand.class,
            AnalyzeCommand.class,
            EvalSentimentCommand.class,
            EvalAspectsCommand.class,
            TrainCommand.class,
            BacktestCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:failure", "2:bad usage or bad input"})
public final class NabizCli implements Runnable {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }

    public static void main(String[] args) {
        System.exit(
                execute(
                        new PrintWriter(System.out, true),
                        new PrintWriter(System.err, true),
                        args));
    }

    /** Runs the command line with the given writers and returns the exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return execute(new CommandLine(new NabizCli()), out, err, System.getenv(), args);
    }

    /**
     * Runs {@code cli} (the whole command line, or one command of it) with the given writers and
     * environment, which may set any setting, and returns the exit code.
     */
    static int execute(
            CommandLine cli,
            PrintWriter out,
            PrintWriter err,
            Map<String, String> environment,
            String... args) {
        cli.setOut(out);
        cli.setErr(err);
        SettingsOptions.addSettingFlags(cli, environment);
        // Bad usage is one clear line, not a page of help: `--help` is one flag away.
        cli.setParameterExceptionHandler(
                (e, a) -> {
                    e.getCommandLine()
                            .getErr()
                            .printf(
                                    "nabiz: %s (see '%s --help')%n",
                                    e.getMessage(),
                                    e.getCommandLine().getCommandSpec().qualifiedName());
                    return BAD_INPUT;
                });
        cli.setExecutionExceptionHandler(
                (e, c, parsed) -> {
                    if (e instanceof BadInputException) {
                        // One line per problem, so a config with three mistakes shows all three.
                        e.getMessage().lines().forEach(l -> c.getErr().println("nabiz: " + l));
                        return BAD_INPUT;
                    }
                    if (e instanceof StartupException) {
                        c.getErr().println("nabiz: " + e.getMessage());
                        return FAILURE;
                    }
                    c.getErr().println("nabiz: failed: " + e);
                    return FAILURE;
                });
        return cli.execute(args);
    }

    /** The version the build stamped into the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = NabizCli.class.getPackage().getImplementationVersion();
            return new String[] {"nabiz " + (v == null ? "development build" : v)};
        }
    }
}
