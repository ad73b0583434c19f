package io.nabiz.engine.privacy;

import java.util.ArrayList;
import java.util.List;

/**
 * A run of digit groups as people write long numbers: {@code 0532 123 45 67}, {@code
 * 4111-1111-1111-1111}, {@code (0212) 555 12 34}, {@code 030/1234567}.
 *
 * <p>Groups are joined by one or two separator characters (space, no-break space, {@code - . / (
 * )}). A group glued to a letter ({@code 3G}, {@code iPhone15}) belongs to a word and starts no
 * run. A number is only ever whole groups, so no kind finds an identity number inside a longer
 * digit string.
 */
final class DigitRun {

    /** Groups per run, so checking every window of a run stays cheap on hostile input. */
    static final int MAX_GROUPS = 16;

    private static final String SEPARATORS = " -./()\u00A0\u202F";
    private static final int MAX_SEPARATOR_CHARS = 2;

    private final String text;
    private final int[] starts;
    private final int[] ends;

    private DigitRun(String text, int[] starts, int[] ends) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
    }

    /** Every run in {@code text}, in order. */
    static List<DigitRun> find(String text) {
        int i = nextDigit(text, 0);
        if (i < 0) {
            return List.of(); // most texts: no digit, nothing to make
        }
        int n = text.length();
        List<DigitRun> runs = new ArrayList<>();
        int[] starts = new int[MAX_GROUPS];
        int[] ends = new int[MAX_GROUPS];
        int groups = 0;
        while (i < n) {
            if (!isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
            }
            boolean word =
                    (start > 0 && Character.isLetter(text.charAt(start - 1)))
                            || (i < n && Character.isLetter(text.charAt(i)));
            boolean joined =
                    groups > 0
                            && groups < MAX_GROUPS
                            && separatedOnly(text, ends[groups - 1], start);
            if (groups > 0 && (word || !joined)) {
                runs.add(new DigitRun(text, copy(starts, groups), copy(ends, groups)));
                groups = 0;
            }
            if (!word) {
                starts[groups] = start;
                ends[groups] = i;
                groups++;
            }
        }
        if (groups > 0) {
            runs.add(new DigitRun(text, copy(starts, groups), copy(ends, groups)));
        }
        return runs;
    }

    private static boolean separatedOnly(String text, int from, int to) {
        if (to - from > MAX_SEPARATOR_CHARS) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (SEPARATORS.indexOf(text.charAt(k)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The index of the first ASCII digit at or after {@code from}, or -1. */
    static int nextDigit(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (isDigit(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** An ASCII digit: what house, account and phone numbers are written with. */
    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int[] copy(int[] a, int n) {
        int[] out = new int[n];
        System.arraycopy(a, 0, out, 0, n);
        return out;
    }

    int groups() {
        return starts.length;
    }

    /** The digits of groups {@code first..last}, separators left out. */
    String digits(int first, int last) {
        StringBuilder b = new StringBuilder();
        for (int g = first; g <= last; g++) {
            b.append(text, starts[g], ends[g]);
        }
        return b.toString();
    }

    int digitCount(int first, int last) {
        int count = 0;
        for (int g = first; g <= last; g++) {
            count += ends[g] - starts[g];
        }
        return count;
    }

    /** Whether a {@code +} (an international prefix) immediately precedes group {@code g}. */
    boolean plusBefore(int g) {
        int s = starts[g];
        return s > 0 && text.charAt(s - 1) == '+';
    }

    /**
     * The span of groups {@code first..last}, with a {@code +} or an opening parenthesis right
     * before the first group, so {@code (0212) 555 12 34} is masked whole.
     */
    Span span(int first, int last, Placeholder placeholder) {
        int s = starts[first];
        if (s > 0 && (text.charAt(s - 1) == '+' || text.charAt(s - 1) == '(')) {
            s--;
        }
        return new Span(s, ends[last], placeholder);
    }
}
