package io.nabiz.engine.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nabiz.engine.alert.Playbooks;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSetLoaderTest {

    private final RuleSetLoader loader = new RuleSetLoader(Playbooks.loadDefault());

    private List<String> problems(String yaml) {
        return assertThrows(RuleSetLoader.InvalidRulesException.class, () -> loader.parse(yaml))
                .problems();
    }

    @Test
    void aSettingWrittenTwiceIsRejectedWithItsLine() {
        String twice = RuleEngineTest.RULES.replace("window: PT5M", "window: PT5M\nwindow: PT10M");
        List<String> problems = problems(twice);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).matches("line \\d+: .*[Dd]uplicate.*window.*"), problems.get(0));
    }

    @Test
    void theShippedRulesAreValid() {
        RuleSet rules = RuleSetLoader.loadDefault();
        assertEquals(Duration.ofMinutes(5), rules.window());
        assertTrue(rules.rules().stream().anyMatch(r -> r instanceof VolumeSpikeRule));
    }

    @Test
    void aWrongValueIsReportedWithItsLine() {
        List<String> problems =
                problems(
                        RuleEngineTest.RULES.replace(
                                "zScore: 4.0, minRatio", "zScore: -1, minRatio"));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("line 7: "), problems.get(0));
        assertTrue(problems.get(0).contains("zScore"), problems.get(0));
    }

    @Test
    void anUnknownKindAndAnUnknownPlaybookAreRejected() {
        assertFalse(
                problems(RuleEngineTest.RULES.replace("kind: emerging-term", "kind: vibes"))
                        .isEmpty());
        assertEquals(
                List.of("line 14: unknown playbook 'nope'"),
                problems(
                        RuleEngineTest.RULES.replace(
                                "playbook: watch-emerging-topic", "playbook: nope")));
    }

    @Test
    void aRecordLookBackBeyondAWeekIsRejected() {
        assertEquals(
                List.of("line 7: busiestIn must be between PT1H and P7D"),
                problems(
                        RuleEngineTest.RULES.replace(
                                "minRatio: 3.0}", "minRatio: 3.0, busiestIn: P8D}")));
    }

    @Test
    void aRecordFadesOnlyWithinItsLookBack() throws Exception {
        assertEquals(
                List.of(
                        "line 7: fadesAfter needs busiestIn and must be between PT1H and busiestIn"),
                problems(
                        RuleEngineTest.RULES.replace(
                                "minRatio: 3.0}",
                                "minRatio: 3.0, busiestIn: P5D, fadesAfter: P5D}")));
        assertEquals(
                List.of(
                        "line 7: fadesAfter needs busiestIn and must be between PT1H and busiestIn"),
                problems(
                        RuleEngineTest.RULES.replace(
                                "minRatio: 3.0}", "minRatio: 3.0, fadesAfter: P1D}")));
        VolumeSpikeRule fading =
                (VolumeSpikeRule)
                        loader.parse(
                                        RuleEngineTest.RULES.replace(
                                                "minRatio: 3.0}",
                                                "minRatio: 3.0, busiestIn: P7D, fadesAfter: P4D}"))
                                .rules()
                                .get(0);
        assertEquals(Duration.ofDays(4), fading.fadesAfter());
    }

    @Test
    void aSpanMustBeAWholeNumberOfWindowsAndNotTooLong() {
        assertEquals(
                List.of("line 7: over must be a whole number of windows (PT5M)"),
                problems(
                        RuleEngineTest.RULES.replace(
                                "minRatio: 3.0}", "minRatio: 3.0, over: PT12M}")));
        assertEquals(
                List.of("line 7: over may sum at most 48 windows of PT5M"),
                problems(
                        RuleEngineTest.RULES.replace(
                                "minRatio: 3.0}", "minRatio: 3.0, over: PT5H}")));
    }

    @Test
    void brokenYamlNamesTheLine() {
        List<String> problems = problems("v: 1\nwindow: PT5M\nrules: [\n  {id: x\n");
        assertTrue(problems.get(0).matches("line \\d: .*"), problems.get(0));
    }

    @Test
    void aReplacementMustKeepTheWindowSize() throws Exception {
        RuleSet running = loader.parse(RuleEngineTest.RULES);
        RuleSetLoader.InvalidRulesException e =
                assertThrows(
                        RuleSetLoader.InvalidRulesException.class,
                        () ->
                                loader.parseReplacement(
                                        RuleEngineTest.RULES.replace(
                                                "window: PT5M", "window: PT10M"),
                                        running));
        assertTrue(e.getMessage().contains("needs a restart"));
    }

    @Test
    void aRuleSetTooLargeToParseIsRejectedUnread() {
        String huge = RuleEngineTest.RULES + "#" + "x".repeat(RuleSetLimits.MAX_CHARS);
        List<String> problems = problems(huge);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("more than the 65536 allowed"), problems.get(0));
    }

    @Test
    void tooManyRulesAreRejected() {
        StringBuilder yaml =
                new StringBuilder(
                                RuleEngineTest.RULES.substring(
                                        0, RuleEngineTest.RULES.indexOf("rules:")))
                        .append("rules:\n");
        for (int i = 0; i <= RuleSetLimits.MAX_RULES; i++) {
            yaml.append("  - {id: r")
                    .append(i)
                    .append(", kind: high-reach-author, severity: high,")
                    .append(" playbook: reach-out-to-influencer, minReach: 100000}\n");
        }
        assertTrue(
                problems(yaml.toString()).stream().anyMatch(p -> p.contains("64")),
                "the schema caps the list");
    }

    @Test
    void noDurationOrCountMakesUnboundedWork() {
        assertEquals(
                List.of("line 2: window must be whole minutes from PT1M to PT1H"),
                problems(RuleEngineTest.RULES.replace("window: PT5M", "window: PT30S")));
        assertTrue(
                problems(RuleEngineTest.RULES.replace("window: PT5M", "window: PT2H"))
                        .contains("line 2: window must be whole minutes from PT1M to PT1H"));
        assertEquals(
                List.of("line 11: horizon must be between one window and PT24H"),
                problems(RuleEngineTest.RULES.replace("horizon: PT1H", "horizon: P3650D")));
        assertFalse(
                problems(RuleEngineTest.RULES.replace("resolveAfter: 3", "resolveAfter: 100000"))
                        .isEmpty());
        assertFalse(
                problems(RuleEngineTest.RULES.replace("cooldown: PT30M", "cooldown: P99999999D"))
                        .isEmpty());
        assertFalse(
                problems(RuleEngineTest.RULES.replace("id: growth", "id: " + "g".repeat(65)))
                        .isEmpty());
    }
}
