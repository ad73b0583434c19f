package io.nabiz.engine.analysis.lang;

import io.nabiz.engine.analysis.Analysis;
import java.util.List;
import java.util.Set;

/**
 * Tells Turkish, German and English apart from function words and language-specific letters, and
 * answers {@code und} when the evidence is too thin to decide.
 */
public final class LanguageIdentifier {

    private static final Set<String> TR =
            Set.of(
                    "ve", "bir", "bu", "da", "de", "çok", "için", "ile", "ama", "mi", "mı", "ne",
                    "daha", "gibi", "değil", "yok", "hala", "hâlâ", "ben", "siz", "hiç", "neden",
                    "artık", "bana", "sonra", "olarak", "kadar");
    private static final Set<String> DE =
            Set.of(
                    "und", "der", "die", "das", "ist", "nicht", "ich", "ein", "eine", "mit", "zu",
                    "auf", "für", "sie", "mein", "meine", "noch", "schon", "kein", "keine", "wie",
                    "wieder", "aber", "auch", "bei", "ihr", "euch", "warum");
    private static final Set<String> EN =
            Set.of(
                    "the", "and", "is", "not", "my", "you", "your", "it", "to", "of", "for", "this",
                    "was", "with", "have", "has", "no", "still", "why", "again", "but", "are",
                    "what", "me", "on", "that", "i");

    /** Below this many points of evidence for the winner, the answer is {@code und}. */
    private static final int MIN_EVIDENCE = 2;

    public String identify(List<String> lowerCaseTokens, String text) {
        int tr = letterEvidence(text, "ğışıİĞŞ");
        int de = letterEvidence(text, "ßäÄ");
        int en = 0;
        for (String t : lowerCaseTokens) {
            if (TR.contains(t)) tr++;
            if (DE.contains(t)) de++;
            if (EN.contains(t)) en++;
        }
        int best = Math.max(tr, Math.max(de, en));
        if (best < MIN_EVIDENCE) {
            return Analysis.UNKNOWN_LANGUAGE;
        }
        if ((tr == best ? 1 : 0) + (de == best ? 1 : 0) + (en == best ? 1 : 0) > 1) {
            return Analysis.UNKNOWN_LANGUAGE;
        }
        return tr == best ? "tr" : de == best ? "de" : "en";
    }

    private static int letterEvidence(String text, String letters) {
        int hits = 0;
        for (int i = 0; i < text.length(); i++) {
            if (letters.indexOf(text.charAt(i)) >= 0) {
                hits++;
            }
        }
        return Math.min(hits, 2);
    }
}
