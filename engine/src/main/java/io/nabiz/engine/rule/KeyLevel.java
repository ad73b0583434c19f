package io.nabiz.engine.rule;

/**
 * A key's count in one window next to its usual count: what an aspect's rise is set against.
 *
 * @param count mentions in the window
 * @param usual the key's usual count for the window
 */
public record KeyLevel(double count, double usual) {

    /** No figures for the brand as a whole: its aspects are judged on their own. */
    public static final KeyLevel UNKNOWN = new KeyLevel(Double.NaN, Double.NaN);

    /**
     * Whether {@code aspect} rose at least {@code factor} times more than the rest of this brand.
     * The rest, not the whole: an aspect that makes up all of a brand's talk must still be able to
     * stand out.
     */
    public boolean standsOut(KeyLevel aspect, double factor) {
        if (Double.isNaN(count)) {
            return true;
        }
        double restCount = Math.max(0, count - aspect.count);
        double restUsual = Math.max(0, usual - aspect.usual);
        return aspect.rise() >= factor * rise(restCount, restUsual);
    }

    double rise() {
        return rise(count, usual);
    }

    private static double rise(double count, double usual) {
        // Plus one on both sides: a key usually silent that gets two mentions has not tripled.
        return (count + 1) / (usual + 1);
    }
}
