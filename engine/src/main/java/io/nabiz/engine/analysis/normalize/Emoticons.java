package io.nabiz.engine.analysis.normalize;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The ASCII emoticons that chat and tweets use, with the polarity each one signals. */
public final class Emoticons {

    /** Emoticon → +1 (positive) or −1 (negative). */
    private static final Map<String, Integer> POLARITY =
            Map.ofEntries(
                    Map.entry(":)", 1),
                    Map.entry(":-)", 1),
                    Map.entry(":))", 1),
                    Map.entry(":)))", 1),
                    Map.entry(":D", 1),
                    Map.entry(":-D", 1),
                    Map.entry(";)", 1),
                    Map.entry(";-)", 1),
                    Map.entry(":P", 1),
                    Map.entry(":p", 1),
                    Map.entry("=)", 1),
                    Map.entry("<3", 1),
                    Map.entry("xD", 1),
                    Map.entry("XD", 1),
                    Map.entry("^^", 1),
                    Map.entry("^_^", 1),
                    Map.entry(":(", -1),
                    Map.entry(":-(", -1),
                    Map.entry(":((", -1),
                    Map.entry(":'(", -1),
                    Map.entry(":/", -1),
                    Map.entry(":-/", -1),
                    Map.entry(":|", -1),
                    Map.entry("-_-", -1),
                    Map.entry("=(", -1),
                    Map.entry(">:(", -1),
                    Map.entry("</3", -1));

    /** Longest first, so that {@code :((} wins over {@code :(}. */
    private static final List<String> BY_LENGTH =
            POLARITY.keySet().stream()
                    .sorted(Comparator.comparingInt(String::length).reversed())
                    .toList();

    /** Every emoticon starts with one of these; other characters skip the list. */
    private static final String FIRST_CHARS = ":;=<xX^->";

    private Emoticons() {}

    /** Whether an emoticon may start with {@code c}. */
    static boolean mayStart(char c) {
        return FIRST_CHARS.indexOf(c) >= 0;
    }

    /** Length of the emoticon starting at {@code start}, or 0 when none does. */
    static int matchLength(CharSequence text, int start) {
        if (!mayStart(text.charAt(start))) {
            return 0;
        }
        for (String e : BY_LENGTH) {
            int end = start + e.length();
            if (end <= text.length() && matchesAt(text, start, e) && endsToken(text, end)) {
                return e.length();
            }
        }
        return 0;
    }

    /** +1, −1, or 0 for a string that is no known emoticon. */
    public static int polarity(String emoticon) {
        return POLARITY.getOrDefault(emoticon, 0);
    }

    private static boolean matchesAt(CharSequence text, int start, String e) {
        for (int i = 0; i < e.length(); i++) {
            if (text.charAt(start + i) != e.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** "xDenial" is a word, not an emoticon; ":Deutschland" is not a grin. */
    private static boolean endsToken(CharSequence text, int end) {
        return end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
    }
}
