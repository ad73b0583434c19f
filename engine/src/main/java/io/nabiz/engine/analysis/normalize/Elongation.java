package io.nabiz.engine.analysis.normalize;

/**
 * Undoes expressive lengthening: {@code çoook} → çok, {@code sooo} → so, {@code !!!!} → !!.
 *
 * <p>Three or more repeats of a character never occur in Turkish, German or English spelling, so
 * collapsing them is safe; doubled letters ({@code Schiff}, {@code good}) are left alone.
 */
public final class Elongation {

    private static final int MIN_RUN = 3;

    private Elongation() {}

    /**
     * Collapses runs of {@value #MIN_RUN} or more equal chars in {@code buffer[0, length)} to
     * {@code keep} chars, in place.
     *
     * @return the new length
     */
    public static int collapse(char[] buffer, int length, int keep) {
        if (!hasRun(buffer, length)) {
            return length; // nearly every word: nothing to move
        }
        int out = 0;
        int i = 0;
        while (i < length) {
            char c = buffer[i];
            int run = 1;
            while (i + run < length && buffer[i + run] == c) {
                run++;
            }
            int copies = run >= MIN_RUN ? keep : run;
            for (int k = 0; k < copies; k++) {
                buffer[out++] = c;
            }
            i += run;
        }
        return out;
    }

    /** Whether {@code buffer[0, length)} has a run of {@value #MIN_RUN} equal chars. */
    private static boolean hasRun(char[] buffer, int length) {
        for (int i = MIN_RUN - 1; i < length; i++) {
            if (buffer[i] == buffer[i - 1] && buffer[i] == buffer[i - 2]) {
                return true;
            }
        }
        return false;
    }
}
