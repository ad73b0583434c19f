package io.nabiz.engine.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nabiz.engine.alert.Playbooks;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSetLoaderTest {

    private final RuleSetLoader loader = new RuleSetLoader(Playbooks.loadDefault());

    @Test
    void theShippedRulesAreValid() {
        RuleSet rules = RuleSetLoader.loadDefault();
        assertEquals(Duration.ofMinutes(5), rules.window());
        assertTrue(rules.rules().stream().anyMatch(r -> r instanceof VolumeSpikeRule));
    }

    @Test
    void aWrongValueIsReportedWithItsLine() {
        String yaml = RuleEngineTest.RULES.replace("zScore: 4.0, minRatio", "zScore: -1, minRatio");
        RuleSetLoader.InvalidRulesException e =
                assertThrows(RuleSetLoader.InvalidRulesException.class, () -> loader.parse(yaml));
        assertEquals(1, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).startsWith("line 7: "), e.problems().get(0));
        assertTrue(e.problems().get(0).contains("zScore"), e.problems().get(0));
    }

    @Test
    void anUnknownKindAndAnUnknownPlaybookAreRejected() {
        assertThrows(
                RuleSetLoader.InvalidRulesException.class,
                () ->
                        loader.parse(
                                RuleEngineTest.RULES.replace(
                                        "kind: emerging-term", "kind: vibes")));
        RuleSetLoader.InvalidRulesException e =
                assertThrows(
                        RuleSetLoader.InvalidRulesException.class,
                        () ->
                                loader.parse(
                                        RuleEngineTest.RULES.replace(
                                                "playbook: watch-emerging-topic",
                                                "playbook: nope")));
        assertEquals(List.of("line 14: unknown playbook 'nope'"), e.problems());
    }

    @Test
    void aRecordLookBackBeyondAWeekIsRejected() {
        RuleSetLoader.InvalidRulesException e =
                assertThrows(
                        RuleSetLoader.InvalidRulesException.class,
                        () ->
                                loader.parse(
                                        RuleEngineTest.RULES.replace(
                                                "minRatio: 3.0}",
                                                "minRatio: 3.0, busiestIn: P8D}")));
        assertEquals(List.of("line 7: busiestIn must be between PT1H and P7D"), e.problems());
    }

    @Test
    void brokenYamlNamesTheLine() {
        RuleSetLoader.InvalidRulesException e =
                assertThrows(
                        RuleSetLoader.InvalidRulesException.class,
                        () -> loader.parse("v: 1\nwindow: PT5M\nrules: [\n  {id: x\n"));
        assertTrue(e.problems().get(0).matches("line \\d: .*"), e.problems().get(0));
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
}
