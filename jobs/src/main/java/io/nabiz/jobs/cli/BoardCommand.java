package io.nabiz.jobs.cli;

import io.nabiz.jobs.board.BoardServer;
import io.nabiz.jobs.config.JobSettings;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code nabiz board}: the live alert board, a web page over the alert topics for people who watch
 * dashboards rather than terminals.
 */
@Command(
        name = "board",
        mixinStandardHelpOptions = true,
        description = {
            "Serve the live alert board: open and resolved incidents from the alert topics,"
                    + " updated live, with acknowledge and resolve.",
            "Listens on 127.0.0.1 unless --bind says otherwise; any other address needs the"
                    + " token in $"
                    + BoardServer.TOKEN_VARIABLE
                    + "."
        })
public final class BoardCommand implements Callable<Integer> {

    @Mixin SettingsOptions options;

    @Option(
            names = "--port",
            defaultValue = "8080",
            description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 for any free port).")
    int port;

    @Option(
            names = "--bind",
            paramLabel = "ADDRESS",
            defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String bind;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        JobSettings settings = options.settings();
        String servers = settings.kafka().bootstrapServers();
        PrintWriter out = spec.commandLine().getOut();
        try (UntilStopped until = new UntilStopped();
                BoardServer board = start(servers, settings.kafka().topics())) {
            out.printf("Board on %s (Ctrl-C to stop)%n", board.uri());
            out.flush();
            until.await();
        }
        return NabizCli.OK;
    }

    private BoardServer start(String servers, JobSettings.Topics topics) throws Exception {
        try {
            return BoardServer.start(
                    servers, topics, bind, port, System.getenv(BoardServer.TOKEN_VARIABLE));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
