package io.nabiz.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.nabiz.jobs.board.BoardServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class BoardCommandTest {

    @Test
    void offLoopbackWithoutATokenIsBadUsage() {
        assumeTrue(System.getenv(BoardServer.TOKEN_VARIABLE) == null, "a token is set here");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code =
                NabizCli.execute(
                        new PrintWriter(out, true),
                        new PrintWriter(err, true),
                        "board",
                        "--bootstrap-servers",
                        "127.0.0.1:1",
                        "--bind",
                        "0.0.0.0",
                        "--port",
                        "0");
        assertEquals(2, code);
        assertEquals(
                "nabiz: listening on 0.0.0.0 needs a token: set NABIZ_BOARD_TOKEN (a long random"
                        + " string)",
                err.toString().strip());
        assertEquals("", out.toString());
    }
}
