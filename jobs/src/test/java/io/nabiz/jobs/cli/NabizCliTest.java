package io.nabiz.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NabizCliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return NabizCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void helpListsTheSubcommands() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("demo"));
        assertTrue(out.toString().contains("listen"));
    }

    @Test
    void versionNamesTheProgram() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString().startsWith("nabiz "));
    }

    @Test
    void badUsageIsOneLineOnStderrAndExitTwo() {
        assertEquals(2, run("demo", "--no-such-option"));
        List<String> lines = err.toString().lines().toList();
        assertEquals(1, lines.size(), err.toString());
        assertTrue(lines.get(0).contains("--no-such-option"));
        assertEquals("", out.toString());
    }

    @Test
    void aMissingFileIsBadInput() {
        assertEquals(2, run("demo", "--rules", "no/such/rules.yaml"));
        assertEquals("nabiz: no such file: no/such/rules.yaml", err.toString().strip());
    }

    @Test
    void noSubcommandIsBadUsage() {
        assertEquals(2, run());
    }

    /**
     * The README's first command: alerts for the two bursts in the sample and none elsewhere, and
     * customer alerts for the two escalating customers and none for the decoys.
     */
    @Test
    void demoAlertsOnTheTwoBurstsAndTheTwoEscalatingCustomersOnly() {
        assertEquals(0, run("demo"), err.toString());
        assertEquals(
                Set.of("yildizmarket/delivery", "nordtel/billing"), opened(false), out.toString());
        assertEquals(
                Set.of("yildizmarket/crm-tr-20417", "nordtel/crm-de-88213"),
                opened(true),
                out.toString());
        // Every alert brings a past case of the same trouble: same language, same aspect.
        Pattern similar =
                Pattern.compile("^\\S+ \\S+  [A-Z]+\\s+\\S+\\s+(\\S+) .*  ⇒ ([a-z]+-[a-z]+)-\\d+ ");
        Set<String> bestCases =
                out.toString()
                        .lines()
                        .map(similar::matcher)
                        .filter(Matcher::find)
                        .filter(m -> !m.group(0).contains("RESOLVED"))
                        .map(m -> m.group(1) + " " + m.group(2))
                        .collect(Collectors.toSet());
        assertEquals(
                Set.of("yildizmarket/delivery tr-del", "nordtel/billing de-bil"),
                bestCases,
                out.toString());
        assertTrue(out.toString().contains("dead-lettered"), "prints the summary: " + out);
        assertTrue(
                Pattern.compile("= \\d+ mentions analysed \\+ 0 late \\+ 27 dead-lettered")
                        .matcher(out.toString())
                        .find(),
                out.toString());
    }

    /** The keys of the incidents the demo opened: customer ones, or brand ones. */
    private Set<String> opened(boolean customers) {
        Pattern alertLine =
                Pattern.compile("^\\S+ \\S+  (OPEN|UPDATED|ESCALATED|RESOLVED)\\s+\\S+\\s+(\\S+)");
        return out.toString()
                .lines()
                .filter(line -> line.contains(" customer-at-risk (") == customers)
                .map(alertLine::matcher)
                .filter(Matcher::find)
                .filter(m -> m.group(1).equals("OPEN"))
                .map(m -> m.group(2))
                .collect(Collectors.toSet());
    }
}
