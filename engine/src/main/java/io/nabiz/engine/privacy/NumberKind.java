package io.nabiz.engine.privacy;

import java.util.List;

/**
 * A kind of personal data written as digits: scans each {@link DigitRun} from its first group and
 * masks the longest run of whole groups it validates, so an order number written next to a card
 * number stays readable.
 */
abstract class NumberKind implements PersonalDataKind {

    private final Placeholder placeholder;

    NumberKind(Placeholder placeholder) {
        this.placeholder = placeholder;
    }

    /** Whether groups {@code first..last} of the run are one number of this kind. */
    abstract boolean matches(DigitRun run, int first, int last);

    @Override
    public final void find(String text, List<Span> found) {
        find(DigitRun.find(text), found);
    }

    /** Like {@link #find(String, List)} on runs already found, so several kinds share one scan. */
    final void find(List<DigitRun> runs, List<Span> found) {
        for (DigitRun run : runs) {
            int first = 0;
            while (first < run.groups()) {
                int last = longestFrom(run, first);
                if (last >= 0) {
                    found.add(run.span(first, last, placeholder));
                    first = last + 1;
                } else {
                    first++;
                }
            }
        }
    }

    private int longestFrom(DigitRun run, int first) {
        for (int last = run.groups() - 1; last >= first; last--) {
            if (matches(run, first, last)) {
                return last;
            }
        }
        return -1;
    }
}
