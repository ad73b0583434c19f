package io.nabiz.engine.window;

import io.nabiz.engine.analysis.token.LatinChars;
import io.nabiz.engine.mention.Channel;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;

/**
 * A mention kept as evidence for a window, standing for the window's mentions that say the same:
 * what a CX agent reads to see what is going on. Its text is the masked text.
 *
 * @param count how many of the window's mentions read like this one (the same words once case,
 *     digits and punctuation are set aside); at least 1
 */
public record Sample(
        String id,
        Channel channel,
        Instant ts,
        String lang,
        double sentimentScore,
        long reach,
        String text,
        long count) {

    /**
     * Most telling first: the most negative, then the widest reach; the id breaks ties so a replay
     * keeps the same samples.
     */
    public static final Comparator<Sample> MOST_TELLING = Sample::compareTelling;

    /** Most representative first: the sample that stands for most mentions, then most telling. */
    public static final Comparator<Sample> MOST_REPRESENTATIVE = Sample::compareRepresentative;

    // Written out rather than composed from Comparator combinators: a full window compares its
    // groups on every mention that starts a new one, and the composed lambdas cost more than the
    // comparisons.
    private static int compareTelling(Sample a, Sample b) {
        int c = Double.compare(a.sentimentScore, b.sentimentScore);
        if (c != 0) {
            return c;
        }
        c = Long.compare(b.reach, a.reach);
        return c != 0 ? c : a.id.compareTo(b.id);
    }

    private static int compareRepresentative(Sample a, Sample b) {
        int c = Long.compare(b.count, a.count);
        return c != 0 ? c : compareTelling(a, b);
    }

    public Sample {
        // Samples restored from state written before samples were grouped stand for one mention.
        count = Math.max(1, count);
    }

    static Sample of(AspectMention m) {
        return new Sample(
                m.id(), m.channel(), m.ts(), m.lang(), m.sentimentScore(), m.reach(), m.text(), 1);
    }

    /** The more telling of two samples of one group, standing for both groups' mentions. */
    Sample joinedWith(Sample other) {
        Sample telling = MOST_TELLING.compare(this, other) <= 0 ? this : other;
        return telling.withCount(count + other.count);
    }

    private Sample withCount(long newCount) {
        return new Sample(id, channel, ts, lang, sentimentScore, reach, text, newCount);
    }

    /**
     * What near-duplicates share: the words of the text, lower-cased, with every number the same
     * and punctuation and spacing set aside. "Kargo nerede? Sipariş numaram 553369" and "kargo
     * nerede sipariş numaram 320845" are one complaint.
     */
    static String nearDuplicateKey(String text) {
        StringBuilder key = new StringBuilder(text.length());
        nearDuplicateKey(text, key);
        return key.toString();
    }

    /** The key buffer of this thread, so hashing a key makes no string of it. */
    private static final ThreadLocal<StringBuilder> KEY =
            ThreadLocal.withInitial(() -> new StringBuilder(256));

    /**
     * A 64-bit hash of {@link #nearDuplicateKey(String)}: what a window compares to find a
     * mention's group. Two different keys share it with a chance of about 2<sup>-64</sup>, far
     * below anything a window of at most {@link WindowStatsAccumulator#MAX_SAMPLE_GROUPS} groups
     * would meet.
     */
    public static long nearDuplicateHash(String text) {
        StringBuilder key = KEY.get();
        nearDuplicateKey(text, key);
        // FNV-1a over the key's chars, then MurmurHash3's finaliser to spread the bits.
        long h = FNV_OFFSET_BASIS;
        for (int i = 0; i < key.length(); i++) {
            h = (h ^ key.charAt(i)) * FNV_PRIME;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    private static final long FNV_OFFSET_BASIS = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    /** As {@link #nearDuplicateKey(String)}, written into {@code key} (cleared first). */
    private static void nearDuplicateKey(String text, StringBuilder key) {
        key.setLength(0);
        if (!key(text, true, key)) {
            // Cased letters outside the BMP and the Greek capital sigma (lower-cased by its place
            // in
            // the word) need the whole string's lower-casing; emoji do not.
            key.setLength(0);
            key(text.toLowerCase(Locale.ROOT), false, key);
        }
    }

    /**
     * Appends the key of {@code s}, lower-casing char by char when {@code lowerEach}, which for
     * every other char is what {@link String#toLowerCase(Locale)} with {@link Locale#ROOT} does,
     * without the lower-cased copy of each text; {@code false} when a char needs more than that.
     */
    private static boolean key(String s, boolean lowerEach, StringBuilder key) {
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean letter;
            boolean digit;
            if (c < ASCII_END) {
                // Most of the text of all three languages: no Unicode tables needed.
                if (c >= 'A' && c <= 'Z') {
                    c += 'a' - 'A';
                }
                letter = c >= 'a' && c <= 'z';
                digit = c >= '0' && c <= '9';
            } else {
                if (lowerEach) {
                    if (c == CAPITAL_SIGMA
                            || (Character.isSurrogate(c) && LowerCasing.casedSupplementary(s, i))) {
                        return false;
                    }
                    // "İ" lower-cases to "i" and a combining dot, which the key leaves out.
                    c = c == CAPITAL_I_WITH_DOT ? 'i' : LatinChars.toLowerCase(c);
                }
                if (LatinChars.isLatin(c)) {
                    // Turkish and German letters: no digit and no combining mark is Latin.
                    digit = false;
                    letter = LatinChars.isLetter(c);
                } else {
                    if (Character.getType(c) == Character.NON_SPACING_MARK) {
                        continue; // the dot of a lower-cased "İ", or a decomposed umlaut
                    }
                    digit = Character.isDigit(c);
                    letter = !digit && Character.isLetterOrDigit(c);
                }
            }
            if (!letter && !digit) {
                gap = true;
                continue;
            }
            if (gap && key.length() > 0) {
                key.append(' ');
            }
            gap = false;
            if (letter) {
                key.append(c);
            } else if (key.length() == 0 || key.charAt(key.length() - 1) != '#') {
                key.append('#');
            }
        }
        return true;
    }

    private static final char ASCII_END = 0x80;
    private static final char CAPITAL_SIGMA = '\u03A3';
    private static final char CAPITAL_I_WITH_DOT = '\u0130';
}
