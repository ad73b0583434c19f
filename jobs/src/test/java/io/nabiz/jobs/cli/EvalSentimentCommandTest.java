package io.nabiz.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.nabiz.engine.json.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalSentimentCommandTest {

    @TempDir Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return new CommandLine(new EvalSentimentCommand())
                .setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err))
                .execute(args);
    }

    @Test
    void reportsFiguresAndScoresABinaryFileAsBinary() throws IOException {
        Path tsv = dir.resolve("tiny.tsv");
        Files.writeString(
                tsv,
                String.join(
                        "\n",
                        "id\tlabel\ttext",
                        "1\tpositive\tHarika bir hizmet, çok memnun kaldım, teşekkürler",
                        "2\tnegative\tRezalet, kargo hala gelmedi, berbat bir firma",
                        "3\tnegative\tÜrün bozuk geldi, çok kötü",
                        "4\tpositive\tÇok güzel, herkese tavsiye ederim"));

        int code =
                run(
                        "--input",
                        tsv.toString(),
                        "--lang",
                        "tr",
                        "--text-col",
                        "3",
                        "--label-col",
                        "2");

        assertEquals(0, code, err.toString());
        JsonNode report = Json.MAPPER.readTree(out.toString());
        assertEquals(4, report.get("messages").asInt());
        assertEquals(
                List.of("negative", "positive"),
                Json.MAPPER.convertValue(report.get("labels"), List.class));
        assertEquals(1.0, report.get("accuracy").asDouble());
        assertEquals(1.0, report.get("macroF1").asDouble());
        assertEquals(2, report.at("/confusion/negative/negative").asInt());
        assertEquals(0, report.at("/confusion/negative/positive").asInt());
        assertTrue(
                report.at("/confusion/negative/neutral").isMissingNode(),
                "binary file, binary matrix");
        assertEquals(1.0, report.at("/perClass/positive/recall").asDouble());
        assertTrue(report.get("messagesPerSecond").asLong() > 0);
    }

    @Test
    void badInputIsExitCodeTwo() throws IOException {
        Path tsv = dir.resolve("bad.tsv");
        Files.writeString(tsv, "text\tlabel\nfine\tmaybe\n");

        assertEquals(2, run("--input", tsv.toString(), "--lang", "tr"));
        assertTrue(err.toString().contains("unknown label 'maybe'"), err.toString());
        assertEquals(2, run("--input", tsv.toString(), "--lang", "fr"));
        assertEquals(2, run("--input", dir.resolve("missing.tsv").toString(), "--lang", "tr"));
    }

    @Test
    void anAnalyzerNotOnTheClasspathIsBadUsage() throws IOException {
        Path tsv = dir.resolve("one.tsv");
        Files.writeString(tsv, "text\tlabel\nterrible\tnegative\n");

        assertEquals(2, run("--input", tsv.toString(), "--lang", "en", "--analyzer", "nosuch"));
        assertTrue(
                err.toString().contains("analyzer 'nosuch' is not on the classpath"),
                err.toString());
        assertEquals("", out.toString());
    }
}
