package io.nabiz.engine.rule;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The bounds that keep any rule set, including one published to the rules topic, from making the
 * job do unbounded work: the size of the text, the number of rules, and every duration a rule loops
 * or keeps state over. The schema states the same bounds for editors; this class enforces those
 * that need arithmetic.
 */
public final class RuleSetLimits {

    /** The longest rule set text accepted (64 KiB): the shipped one is about 4 KiB. */
    public static final int MAX_CHARS = 64 * 1024;

    /** The most rules one set may hold: each is judged on every key's every window. */
    public static final int MAX_RULES = 64;

    /** Windows from one minute (a finer one multiplies windows and timers) to one hour. */
    public static final Duration MIN_WINDOW = Duration.ofMinutes(1);

    public static final Duration MAX_WINDOW = Duration.ofHours(1);

    /** A growth projection steps window by window up to its horizon. */
    public static final Duration MAX_HORIZON = Duration.ofDays(1);

    /** A problem at a JSON pointer of the rule set. */
    record Violation(String pointer, String message) {}

    private RuleSetLimits() {}

    /** Whether the text is too long to be parsed at all. */
    static boolean tooLong(String yaml) {
        return yaml.length() > MAX_CHARS;
    }

    static List<Violation> violations(RuleSet rules) {
        List<Violation> out = new ArrayList<>();
        Duration w = rules.window();
        if (w.compareTo(MIN_WINDOW) < 0
                || w.compareTo(MAX_WINDOW) > 0
                || w.toSeconds() % 60 != 0
                || w.toNanosPart() != 0) {
            out.add(
                    new Violation(
                            "/window",
                            "window must be whole minutes from "
                                    + MIN_WINDOW
                                    + " to "
                                    + MAX_WINDOW));
        }
        if (rules.rules().size() > MAX_RULES) {
            out.add(new Violation("/rules", "at most " + MAX_RULES + " rules"));
        }
        for (int i = 0; i < rules.rules().size(); i++) {
            if (rules.rules().get(i) instanceof GrowthProjectionRule growth
                    && (growth.horizon().compareTo(MAX_HORIZON) > 0
                            || growth.horizon().compareTo(w) < 0)) {
                out.add(
                        new Violation(
                                "/rules/" + i + "/horizon",
                                "horizon must be between one window and " + MAX_HORIZON));
            }
        }
        return out;
    }
}
