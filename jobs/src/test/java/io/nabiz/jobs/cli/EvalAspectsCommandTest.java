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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalAspectsCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return NabizCli.execute(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void reportsLabelAspectAndCueFiguresAndTheMisses(@TempDir Path dir) throws IOException {
        Path set = dir.resolve("set.tsv");
        Files.writeString(
                set,
                "text\tlabel\taspects\tcues\n"
                        + "Ich kündige meinen Vertrag, die Rechnung ist falsch.\tnegative"
                        + "\taccount,billing\tchurn\n"
                        + "Wann kommt meine Bestellung an?\tneutral\tdelivery\t\n"
                        // Gold says legal, nothing in the text does: one cue missed.
                        + "Die App stürzt ständig ab.\tnegative\tapp\tlegal\n");

        assertEquals(
                0, run("eval-aspects", "--input", set.toString(), "--lang", "de"), err.toString());

        JsonNode report = Json.MAPPER.readTree(out.toString());
        assertEquals(3, report.get("messages").asInt());
        assertEquals(1.0, report.get("labelAccuracy").asDouble(), report.toString());
        assertEquals(1.0, report.get("aspectAccuracy").asDouble(), report.toString());
        assertEquals(1.0, report.get("cuePrecision").asDouble(), report.toString());
        assertEquals(0.5, report.get("cueRecall").asDouble(), report.toString());
        assertEquals("1 of 2", report.get("cuesFound").asText());
        assertEquals(1, report.get("misses").size());
        assertTrue(report.get("misses").get(0).get("cues").asText().contains("[legal] → []"));
    }

    @Test
    void aFileWithoutFourColumnsIsBadInput(@TempDir Path dir) throws IOException {
        Path set = dir.resolve("set.tsv");
        Files.writeString(set, "text\tlabel\nKargo gelmedi\tnegative\n");

        assertEquals(2, run("eval-aspects", "--input", set.toString(), "--lang", "tr"));
        assertTrue(err.toString().contains("expected text, label, aspects, cues"), err.toString());
    }
}
