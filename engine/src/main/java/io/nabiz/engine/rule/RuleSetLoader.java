package io.nabiz.engine.rule;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.nabiz.engine.alert.Playbooks;
import io.nabiz.engine.baseline.HourlyPeaks;
import io.nabiz.engine.contract.ContractSchema;
import io.nabiz.engine.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a rule set from YAML (or JSON, a subset), checks it against {@code
 * config/schemas/rules.schema.json}, the playbooks and the {@link RuleSetLimits}, and reports each
 * problem with its line.
 */
public final class RuleSetLoader {

    public static final String DEFAULT_RESOURCE = "/config/rules.yaml";

    private final ContractSchema schema = ContractSchema.load(ContractSchema.RULES);
    private final Playbooks playbooks;

    public RuleSetLoader(Playbooks playbooks) {
        this.playbooks = playbooks;
    }

    /** A rule set that could not be accepted, with one line per problem. */
    public static final class InvalidRulesException extends Exception {
        private final List<String> problems;

        InvalidRulesException(List<String> problems) {
            super(String.join("; ", problems), null, false, false);
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    /** The rule set that ships with the engine. */
    public static RuleSet loadDefault() {
        try (InputStream in = RuleSetLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return new RuleSetLoader(Playbooks.loadDefault())
                    .parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
        } catch (InvalidRulesException e) {
            throw new IllegalStateException("the bundled rules are invalid: " + e.getMessage(), e);
        }
    }

    public RuleSet load(Path file) throws IOException, InvalidRulesException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    /**
     * Parses a rule set that is to replace a running one: on top of {@link #parse}, the window size
     * must stay, since windows already open cannot change size.
     */
    public RuleSet parseReplacement(String yaml, RuleSet running) throws InvalidRulesException {
        RuleSet next = parse(yaml);
        if (!next.window().equals(running.window())) {
            throw new InvalidRulesException(
                    List.of(
                            "window "
                                    + next.window()
                                    + " differs from the running "
                                    + running.window()
                                    + "; a new window size needs a restart"));
        }
        return next;
    }

    /** Parses and checks a rule set; every problem names its line, as {@code line N: …}. */
    public RuleSet parse(String yaml) throws InvalidRulesException {
        if (RuleSetLimits.tooLong(yaml)) {
            throw new InvalidRulesException(
                    List.of(
                            "line 1: the rule set has "
                                    + yaml.length()
                                    + " characters, more than the "
                                    + RuleSetLimits.MAX_CHARS
                                    + " allowed"));
        }
        JsonNode tree;
        Map<String, Integer> lines;
        try {
            tree = Json.YAML.readTree(yaml);
            lines = linesByPointer(yaml);
        } catch (IOException e) {
            throw new InvalidRulesException(List.of(syntaxProblem(e)));
        }
        if (tree == null || tree.isMissingNode()) {
            throw new InvalidRulesException(List.of("line 1: the rule set is empty"));
        }
        List<String> problems = new ArrayList<>();
        for (var message : schema.messages(tree)) {
            String pointer = message.getInstanceLocation().toString().replaceFirst("^\\$", "");
            String jsonPointer = toJsonPointer(pointer);
            problems.add(problem(lines, jsonPointer, message.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRulesException(problems);
        }
        RuleSet rules;
        try {
            rules = Json.YAML.treeToValue(tree, RuleSet.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidRulesException(List.of("line 1: " + rootMessage(e)));
        }
        for (RuleSetLimits.Violation v : RuleSetLimits.violations(rules)) {
            problems.add(problem(lines, v.pointer(), v.message()));
        }
        for (int i = 0; i < rules.rules().size(); i++) {
            String playbook = rules.rules().get(i).playbook();
            String at = "/rules/" + i + "/";
            if (!playbooks.contains(playbook)) {
                problems.add(
                        problem(lines, at + "playbook", "unknown playbook '" + playbook + "'"));
            }
            if (rules.rules().get(i) instanceof VolumeSpikeRule spike) {
                if (spike.busiestIn() != null
                        && (spike.busiestIn().compareTo(Duration.ofHours(1)) < 0
                                || spike.busiestIn().compareTo(HourlyPeaks.MAX_LOOKBACK) > 0)) {
                    problems.add(
                            problem(
                                    lines,
                                    at + "busiestIn",
                                    "busiestIn must be between PT1H and P7D"));
                }
                if (spike.fadesAfter() != null
                        && (spike.busiestIn() == null
                                || spike.fadesAfter().compareTo(Duration.ofHours(1)) < 0
                                || spike.fadesAfter().compareTo(spike.busiestIn()) >= 0)) {
                    problems.add(
                            problem(
                                    lines,
                                    at + "fadesAfter",
                                    "fadesAfter needs busiestIn and must be between PT1H and"
                                            + " busiestIn"));
                }
                if (spike.robust() != null
                        && (spike.robust().in().compareTo(Duration.ofHours(1)) < 0
                                || spike.robust().in().compareTo(HourlyPeaks.MAX_LOOKBACK) > 0)) {
                    problems.add(
                            problem(
                                    lines,
                                    at + "robust/in",
                                    "robust.in must be between PT1H and P7D"));
                }
                spanProblem(spike.span(rules.window()), rules.window())
                        .ifPresent(p -> problems.add(problem(lines, at + "over", p)));
                if (spike.agree() != null) {
                    if (spike.agree().over().compareTo(spike.span(rules.window())) <= 0) {
                        problems.add(
                                problem(
                                        lines,
                                        at + "agree/over",
                                        "agree.over must be longer than the rule's own span"));
                    }
                    spanProblem(spike.agree().over(), rules.window())
                            .ifPresent(p -> problems.add(problem(lines, at + "agree/over", p)));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRulesException(problems);
        }
        return rules;
    }

    /** What is wrong with a volume rule summing {@code span} of {@code window}s, if anything. */
    private static Optional<String> spanProblem(Duration span, Duration window) {
        long windows = span.toMillis() / window.toMillis();
        if (span.toMillis() % window.toMillis() != 0 || windows < 1) {
            return Optional.of("over must be a whole number of windows (" + window + ")");
        }
        if (windows > RuleEngine.MAX_SPAN_WINDOWS) {
            return Optional.of(
                    "over may sum at most "
                            + RuleEngine.MAX_SPAN_WINDOWS
                            + " windows of "
                            + window);
        }
        return Optional.empty();
    }

    /** A problem as reported: {@code line N: message}, N the line of {@code pointer}. */
    private static String problem(Map<String, Integer> lines, String pointer, String message) {
        return "line " + lineOf(lines, pointer) + ": " + message;
    }

    /** The 1-based line of every value in the document, by JSON pointer. */
    private static Map<String, Integer> linesByPointer(String yaml) throws IOException {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = Json.YAML.getFactory().createParser(yaml)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                JsonLocation at = p.currentTokenLocation();
                lines.putIfAbsent(p.getParsingContext().pathAsPointer().toString(), at.getLineNr());
            }
        }
        return lines;
    }

    /** The line of the pointer, or of its nearest ancestor the parser saw. */
    private static int lineOf(Map<String, Integer> lines, String pointer) {
        for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return 1;
            }
        }
    }

    /** Turns the validator's {@code .rules[2].zScore} into {@code /rules/2/zScore}. */
    private static String toJsonPointer(String path) {
        return path.replaceAll("\\[(\\d+)]", ".$1").replace('.', '/');
    }

    private static String syntaxProblem(IOException e) {
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException j
                && j.getLocation() != null) {
            return "line " + j.getLocation().getLineNr() + ": " + oneLine(j.getOriginalMessage());
        }
        return "line 1: " + oneLine(e.getMessage());
    }

    private static String oneLine(String message) {
        return message == null ? "unreadable YAML" : message.replaceAll("\\s+", " ").strip();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
