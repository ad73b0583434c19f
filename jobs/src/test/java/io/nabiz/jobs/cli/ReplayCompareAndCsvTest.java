package io.nabiz.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.AlertState;
import io.nabiz.engine.json.Json;
import io.nabiz.jobs.replay.HeadlessChromium;
import io.nabiz.jobs.replay.ReplayOutputs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replays of a CSV export with renamed columns, and two rule sets compared on one input. */
class ReplayCompareAndCsvTest {

    private static final Path RULES =
            Path.of(System.getProperty("user.dir")).resolve("../config/rules.yaml").normalize();

    @TempDir Path dir;

    /**
     * The sample's JSON mentions as a CSV export with its own column names: it alerts exactly as
     * the JSON lines do, and the rows the JSON had with a bad channel or timestamp are dead letters
     * under their CSV line numbers.
     */
    @Test
    void aCsvExportReplaysLikeTheJsonItCameFrom() throws IOException {
        List<String> rows = new ArrayList<>();
        rows.add("msg_id,kanal,marka,created_at,body,user,followers,likes,shares,kunde,nps,csat");
        List<String> json = new ArrayList<>();
        for (String line : ReplayCommandTest.sampleLines()) {
            JsonNode m;
            try {
                m = Json.MAPPER.readTree(line);
            } catch (IOException e) {
                continue; // the CSV export holds only well-formed mentions
            }
            if (!m.isObject() || !m.path("text").isTextual() || !m.path("id").isTextual()) {
                continue;
            }
            json.add(line);
            JsonNode e = m.path("engagement");
            rows.add(
                    String.join(
                            ",",
                            m.path("id").asText(),
                            m.path("channel").asText(),
                            m.path("brand").asText(),
                            m.path("ts").asText(),
                            csv(m.path("text").asText()),
                            csv(m.path("author").asText()),
                            e.path("followers").asText(),
                            e.path("likes").asText(),
                            e.path("shares").asText(),
                            m.path("customer").asText(),
                            m.path("survey").path("nps").asText(),
                            m.path("survey").path("csat").asText()));
        }
        Path csvFile = dir.resolve("export.csv");
        Files.write(csvFile, rows, StandardCharsets.UTF_8);
        Path jsonFile = dir.resolve("same.jsonl");
        Files.write(jsonFile, json, StandardCharsets.UTF_8);

        ReplayCommandTest.Run fromCsv =
                ReplayCommandTest.Run.of(
                        "replay",
                        "--input",
                        csvFile.toString(),
                        "--columns",
                        "id=msg_id,channel=kanal,brand=marka,ts=created_at,text=body,author=user,"
                                + "customer=kunde",
                        "--out",
                        dir.resolve("csv").toString());
        assertEquals(0, fromCsv.code(), fromCsv.err());
        ReplayCommandTest.Run fromJson =
                ReplayCommandTest.Run.of(
                        "replay",
                        "--input",
                        jsonFile.toString(),
                        "--out",
                        dir.resolve("json").toString());
        assertEquals(0, fromJson.code(), fromJson.err());

        List<Alert> alerts = ReplayCommandTest.alerts(dir.resolve("csv"));
        assertEquals(ReplayCommandTest.alerts(dir.resolve("json")), alerts);
        assertEquals(
                "[nordtel/billing, yildizmarket/delivery]",
                alerts.stream()
                        .map(a -> a.key().toString())
                        .distinct()
                        .sorted()
                        .collect(Collectors.toList())
                        .toString());
        // The CSV kept the invalid channel and timestamp rows the JSON had, with line numbers.
        List<String> dlq =
                Files.readAllLines(dir.resolve("csv").resolve(ReplayOutputs.DEAD_LETTERS));
        assertEquals(
                Files.readAllLines(dir.resolve("json").resolve(ReplayOutputs.DEAD_LETTERS)).size(),
                dlq.size());
        for (String entry : dlq) {
            JsonNode d = Json.MAPPER.readTree(entry);
            assertEquals(rows.get(d.get("line").asInt() - 1), d.get("original").asText());
        }
    }

    /**
     * A rule set whose only rule is a volume spike on 88 mentions in a quarter hour opens on the
     * delivery burst 35 minutes after the default rules and never on the billing burst, whose
     * quarter hour peaks at 70; it sees nordtel's rise only as the brand's as a whole. The terminal
     * and the report say so side by side.
     */
    @Test
    void twoRuleSetsAreComparedSideBySide() throws Exception {
        String shipped = Files.readString(RULES);
        Path loud =
                Files.writeString(
                        dir.resolve("loud.yaml"),
                        shipped.substring(0, shipped.indexOf("  - id: sustained-rise"))
                                .replace("minSupport: 20", "minSupport: 88"));
        Path out = dir.resolve("compare");
        ReplayCommandTest.Run run =
                ReplayCommandTest.Run.of(
                        "replay",
                        "--input",
                        ReplayCommandTest.SAMPLE.toString(),
                        "--compare",
                        RULES.toString(),
                        loud.toString(),
                        "--out",
                        out.toString());
        assertEquals(0, run.code(), run.err());

        assertEquals(
                List.of(
                        "yildizmarket/delivery 2026-11-20T09:25:00Z",
                        "nordtel/billing 2026-11-20T10:55:00Z"),
                openings(out.resolve("rules")));
        assertEquals(
                List.of(
                        "yildizmarket/delivery 2026-11-20T10:00:00Z",
                        "nordtel/all 2026-11-20T11:10:00Z"),
                openings(out.resolve("loud")));

        List<String> lines = run.out().lines().toList();
        assertTrue(
                lines.contains(
                        "  yildizmarket/delivery    2026-11-20 09:25Z  2026-11-20 10:00Z  35 min later"
                                + "         both"),
                run.out());
        assertTrue(
                lines.contains(
                        "  nordtel/billing          2026-11-20 10:55Z  —                  —"
                                + "                    only rules"),
                run.out());
        assertTrue(
                lines.contains(
                        "  nordtel/all              —                  2026-11-20 11:10Z  —"
                                + "                    only loud"),
                run.out());
        assertTrue(
                lines.contains(
                        "  rules: 2 incidents, 1 false alarms; loud: 2 incidents, 1 false alarms;"
                                + " 1 caught by both"),
                run.out());

        String report = Files.readString(out.resolve(ReplayOutputs.REPORT));
        assertTrue(report.contains("<h2>Comparison: rules vs loud</h2>"));
        assertTrue(
                report.contains(
                        "<tr><td>yildizmarket/delivery</td><td>11-20 09:25</td><td>11-20 10:00</td>"
                                + "<td class=\"num\">35 min later</td>"),
                "the delivery burst, caught by both");
        assertTrue(
                report.contains(
                        "<tr class=\"only\"><td>nordtel/billing</td><td>11-20 10:55</td><td>—</td>"),
                "the billing burst, caught by the default rules only");
        assertTrue(
                report.contains(
                        "<tr class=\"only\"><td>nordtel/all</td><td>—</td><td>11-20 11:10</td>"),
                "nordtel as a whole, caught by the loud rules only");
        assertTrue(report.contains("<h2>Rule set rules</h2>"));
        assertTrue(report.contains("<h2>Rule set loud</h2>"));
        // Two timelines under each rule set.
        ReplayCommandTest.assertChartsDrawn(
                new HeadlessChromium(Files.createDirectories(dir.resolve("chromium"))),
                out.resolve(ReplayOutputs.REPORT),
                4);
    }

    /** Each incident's key and the end of the window that opened it, in order. */
    private static List<String> openings(Path dir) throws IOException {
        return ReplayCommandTest.alerts(dir).stream()
                .filter(a -> a.state() == AlertState.OPEN)
                .map(a -> a.key() + " " + a.windowEnd())
                .toList();
    }

    private static String csv(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
