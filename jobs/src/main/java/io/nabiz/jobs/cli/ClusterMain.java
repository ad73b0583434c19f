package io.nabiz.jobs.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;

/**
 * The entry point of the cluster job jar: {@code flink run nabiz-cluster.jar [--config FILE]
 * [--rules FILE] [--setting VALUE ...]} runs {@code nabiz listen} with those options (a leading
 * {@code listen} is accepted too). Only the listen command is built, so the jar needs nothing the
 * other commands use.
 */
public final class ClusterMain {

    private ClusterMain() {}

    public static void main(String[] args) {
        String[] listenArgs =
                args.length > 0 && args[0].equals("listen")
                        ? Arrays.copyOfRange(args, 1, args.length)
                        : args;
        int code =
                NabizCli.execute(
                        new CommandLine(new ListenCommand()),
                        new PrintWriter(System.out, true),
                        new PrintWriter(System.err, true),
                        System.getenv(),
                        listenArgs);
        // Returning lets `flink run` finish normally; a failure still ends the client with its
        // code.
        if (code != NabizCli.OK) {
            System.exit(code);
        }
    }
}
