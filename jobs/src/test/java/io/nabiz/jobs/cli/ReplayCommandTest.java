package io.nabiz.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.AlertCodec;
import io.nabiz.engine.alert.AlertState;
import io.nabiz.engine.contract.ContractSchema;
import io.nabiz.engine.customer.CustomerAlert;
import io.nabiz.engine.json.Json;
import io.nabiz.jobs.replay.HeadlessChromium;
import io.nabiz.jobs.replay.ReplayOutputs;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nabiz replay} over the bundled sample: the alerts, the dead letters, determinism. */
class ReplayCommandTest {

    static final Path SAMPLE =
            Path.of(System.getProperty("user.dir"))
                    .resolve("../config/samples/demo-mentions.jsonl.gz")
                    .normalize();

    @TempDir static Path dir;
    static Path out;
    static String stdout;

    @BeforeAll
    static void replayTheSample() {
        out = dir.resolve("out");
        Run run = Run.of("replay", "--input", SAMPLE.toString(), "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err(), "no progress line when stderr is not a terminal");
        stdout = run.out();
    }

    @Test
    void theSampleAlertsOnItsTwoBurstsBeforeTheirPeaks() throws IOException {
        List<Alert> alerts = alerts(out);
        ContractSchema schema = ContractSchema.load(ContractSchema.ALERT);
        for (String line : Files.readAllLines(out.resolve(ReplayOutputs.ALERTS))) {
            assertEquals(List.of(), schema.problems(Json.MAPPER.readTree(line)));
        }
        assertEquals(
                Set.of("yildizmarket/delivery", "nordtel/billing"),
                alerts.stream().map(a -> a.key().toString()).collect(Collectors.toSet()));
        List<Alert> opened = alerts.stream().filter(a -> a.state() == AlertState.OPEN).toList();
        assertEquals(2, opened.size());
        assertEquals(2, alerts.stream().filter(a -> a.state() == AlertState.RESOLVED).count());
        for (Alert open : opened) {
            Alert last =
                    alerts.stream().filter(a -> a.id().equals(open.id())).reduce((a, b) -> b).get();
            assertTrue(
                    open.windowEnd().isBefore(last.evidence().peakAt()),
                    open.key() + " opens before its peak");
        }
        assertTrue(stdout.contains("2 incidents"), stdout);
        for (String file :
                List.of(
                        ReplayOutputs.STATS,
                        ReplayOutputs.DEAD_LETTERS,
                        ReplayOutputs.LATE,
                        ReplayOutputs.REPORT)) {
            assertTrue(Files.isRegularFile(out.resolve(file)), file);
        }
        try (var left = Files.list(out)) {
            assertEquals(6, left.count(), "no staging folder left behind");
        }
    }

    @Test
    void malformedLinesAreDeadLetteredWithTheirLineNumbers() throws IOException {
        List<String> lines = sampleLines();
        List<String> dlq = Files.readAllLines(out.resolve(ReplayOutputs.DEAD_LETTERS));
        assertEquals(27, dlq.size(), "the sample's 1 % malformed lines and two bad surveys");
        long previous = 0;
        for (String entry : dlq) {
            JsonNode d = Json.MAPPER.readTree(entry);
            long line = d.get("line").asLong();
            assertTrue(line > previous, "in line order");
            previous = line;
            assertEquals(lines.get((int) line - 1), d.get("original").asText());
            assertEquals("file:demo-mentions.jsonl.gz:" + line, d.get("origin").asText());
            assertFalse(d.get("reason").asText().isEmpty());
        }
        assertTrue(stdout.contains("2,682 mentions (0 late), 27 dead letters"), stdout);
        assertEquals(
                2,
                dlq.stream().filter(e -> e.contains("\"reason\":\"invalid_score\"")).count(),
                "survey scores out of range");
    }

    /** The two customers who escalate are at risk; the decoys are not. */
    @Test
    void theSampleFlagsTheEscalatingCustomersOnly() throws IOException {
        ContractSchema schema = ContractSchema.load(ContractSchema.CUSTOMER_ALERT);
        List<CustomerAlert> alerts = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(out.resolve(ReplayOutputs.CUSTOMER_ALERTS))) {
            assertEquals(List.of(), schema.problems(Json.MAPPER.readTree(line)));
            alerts.add(Json.MAPPER.readValue(line, CustomerAlert.class));
        }
        assertEquals(
                List.of("nordtel/crm-de-88213", "yildizmarket/crm-tr-20417"),
                alerts.stream()
                        .filter(a -> a.state() == AlertState.OPEN)
                        .map(a -> a.key().toString())
                        .sorted()
                        .toList());
    }

    /** Every alert's window is in stats.csv with the usual level the alert reports. */
    @Test
    void statsHoldTheLevelEachWindowWasJudgedAgainst() throws IOException {
        List<String> rows = Files.readAllLines(out.resolve(ReplayOutputs.STATS));
        List<String> header = List.of(rows.get(0).split(","));
        assertEquals(
                List.of("count", "expected", "spread", "threshold"),
                List.of(
                        header.get(4),
                        header.get(header.size() - 3),
                        header.get(header.size() - 2),
                        header.get(header.size() - 1)));
        for (Alert a : alerts(out)) {
            String prefix =
                    String.join(
                            ",",
                            a.key().brand(),
                            a.key().aspect(),
                            a.windowStart().toString(),
                            a.windowEnd().toString(),
                            Long.toString(a.figures().count()));
            List<String> row =
                    rows.stream()
                            .filter(r -> r.startsWith(prefix + ","))
                            .map(r -> List.of(r.split(",")))
                            .findFirst()
                            .orElseThrow(() -> new AssertionError("no row for " + prefix));
            assertEquals(
                    a.figures().expected(),
                    Double.parseDouble(row.get(header.indexOf("expected"))),
                    0.0011,
                    prefix);
            if (a.state() == AlertState.OPEN) {
                assertTrue(
                        a.figures().count()
                                >= Double.parseDouble(row.get(header.indexOf("threshold"))),
                        "opened at or over the volume spike's threshold: " + prefix);
            }
        }
    }

    @Test
    void twoReplaysWriteByteIdenticalResults() throws IOException {
        Path again = dir.resolve("again");
        Run run = Run.of("replay", "--input", SAMPLE.toString(), "--out", again.toString());
        assertEquals(0, run.code(), run.err());
        for (String file :
                List.of(
                        ReplayOutputs.ALERTS,
                        ReplayOutputs.CUSTOMER_ALERTS,
                        ReplayOutputs.STATS,
                        ReplayOutputs.DEAD_LETTERS)) {
            assertArrayEquals(
                    Files.readAllBytes(out.resolve(file)),
                    Files.readAllBytes(again.resolve(file)),
                    file);
        }
    }

    /** The report as a real browser shows it: no console errors, one drawn chart per key. */
    @Test
    void theReportDrawsEachAlertedKeyInAHeadlessBrowser() throws Exception {
        Path report = out.resolve(ReplayOutputs.REPORT);
        HeadlessChromium chromium =
                new HeadlessChromium(Files.createDirectories(dir.resolve("chromium")));
        HeadlessChromium.Page page = assertChartsDrawn(chromium, report, 2);
        assertTrue(page.dom().contains("yildizmarket/delivery · volume-spike"));
        assertTrue(page.dom().contains("nordtel/billing · negative-shift"));

        Path png = Path.of(System.getProperty("user.dir"), "target", "replay-report.png");
        chromium.screenshot(report, png, 1280, 1500);
        assertTrue(Files.size(png) > 50_000, "the screenshot shows more than a blank page");
    }

    /**
     * Loads a report in the browser and checks that it logged nothing, errors least of all, and
     * that each of its {@code charts} charts is one SVG with lines, band and markers drawn.
     */
    static HeadlessChromium.Page assertChartsDrawn(
            HeadlessChromium chromium, Path report, int charts) throws Exception {
        HeadlessChromium.Page page = chromium.load(report);
        assertEquals(List.of(), page.console(), "the page logs nothing, errors least of all");
        String[] parts = page.dom().split("<div class=\"chart\" id=\"chart-");
        assertEquals(charts + 1, parts.length, "one chart per alerted key");
        for (int i = 1; i < parts.length; i++) {
            String chart = parts[i].substring(0, parts[i].indexOf("</figure>"));
            assertEquals(1, count(chart, "<svg"), "chart " + i + " is one drawn SVG");
            assertTrue(count(chart, "<path") > 50, "chart " + i + " has lines, band and markers");
        }
        return page;
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    static List<Alert> alerts(Path dir) throws IOException {
        List<Alert> alerts = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve(ReplayOutputs.ALERTS))) {
            alerts.add(AlertCodec.decode(line.getBytes(StandardCharsets.UTF_8)));
        }
        return alerts;
    }

    static List<String> sampleLines() throws IOException {
        try (BufferedReader r =
                new BufferedReader(
                        new InputStreamReader(
                                new GZIPInputStream(Files.newInputStream(SAMPLE)),
                                StandardCharsets.UTF_8))) {
            return r.lines().toList();
        }
    }

    /** One command line run with its exit code and what it printed. */
    record Run(int code, String out, String err) {
        static Run of(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code =
                    NabizCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
            return new Run(code, out.toString(), err.toString());
        }
    }
}
