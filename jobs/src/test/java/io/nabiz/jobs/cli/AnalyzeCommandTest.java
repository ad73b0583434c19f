package io.nabiz.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.nabiz.engine.json.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class AnalyzeCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String stdin, String... args) {
        return new picocli.CommandLine(new AnalyzeCommand().withStdin(new StringReader(stdin)))
                .setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err))
                .execute(args);
    }

    @Test
    void printsOneJsonLinePerTextOrMention() throws IOException {
        String mention =
                "{\"v\":1,\"id\":\"m-1\",\"channel\":\"social\",\"source\":\"x\",\"brand\":\"acme\","
                        + "\"ts\":\"2026-01-01T10:00:00Z\",\"text\":\"Mein Paket ist nicht angekommen\","
                        + "\"engagement\":{}}";

        int code = run("Kargo hala gelmedi\n\n" + mention + "\n", "--explain");

        assertEquals(0, code, err.toString());
        String[] lines = out.toString().strip().split("\n");
        assertEquals(2, lines.length);
        JsonNode first = Json.MAPPER.readTree(lines[0]);
        assertEquals("tr", first.get("lang").asText());
        assertEquals("negative", first.get("label").asText());
        assertEquals("delivery", first.get("aspects").get(0).asText());
        assertTrue(first.get("tokens").toString().contains("!gel"), first.toString());
        assertTrue(first.get("entities").isArray(), first.toString());
        assertEquals(0, first.get("entities").size(), "entities only with --entities");
        JsonNode second = Json.MAPPER.readTree(lines[1]);
        assertEquals("m-1", second.get("id").asText());
        assertEquals("de", second.get("lang").asText());
    }

    @Test
    void invalidMentionLinesAreReportedAndExitTwo() {
        int code = run("{\"v\":1}\nalles gut, danke\n");

        assertEquals(2, code);
        assertTrue(err.toString().startsWith("line 1: invalid mention"), err.toString());
        assertEquals(1, out.toString().strip().split("\n").length);
    }

    @Test
    void anAnalyzerNotOnTheClasspathIsBadUsage() {
        assertEquals(2, run("kargo gelmedi\n", "--analyzer", "nosuch"));
        assertTrue(err.toString().contains("mvn -Pnosuch"), err.toString());
        assertEquals(2, run("kargo gelmedi\n", "--entities", "nosuch"));
        assertEquals("", out.toString());
    }

    @Test
    void anUnknownLanguageIsOneLineOnStderrAndExitTwo() {
        int code =
                NabizCli.execute(
                        new PrintWriter(out), new PrintWriter(err), "analyze", "--lang", "xx");

        assertEquals(2, code);
        assertEquals("", out.toString());
        String[] lines = err.toString().strip().split("\n");
        assertEquals(1, lines.length, err.toString());
        assertTrue(lines[0].contains("--lang must be one of [tr, de, en], got xx"), lines[0]);
    }
}
