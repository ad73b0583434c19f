package io.nabiz.engine.window;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Picks the content words of a message for trend detection: lower-cased (Turkish casing for
 * Turkish), at least four letters, no function words, each word once per message.
 *
 * <p>Surface forms are kept on purpose: an analyst reading "kargom" or "Roaming-Betrag" in an alert
 * recognises the customers' own words.
 */
public final class TermExtractor {

    private static final int MIN_LETTERS = 4;
    private static final Locale TURKISH = Locale.forLanguageTag("tr");
    private static final Set<String> FUNCTION_WORDS =
            Set.of(
                    // Turkish
                    "ama",
                    "bana",
                    "beni",
                    "bile",
                    "böyle",
                    "bunu",
                    "için",
                    "daha",
                    "gibi",
                    "hala",
                    "hiç",
                    "kadar",
                    "neden",
                    "nasıl",
                    "olan",
                    "olarak",
                    "sonra",
                    "şimdi",
                    "yine",
                    "diye",
                    "değil",
                    "bizim",
                    "sizin",
                    "artık",
                    "gün",
                    "gündür",
                    "kere",
                    "kez",
                    // German
                    "aber",
                    "auch",
                    "dass",
                    "diese",
                    "dieser",
                    "eine",
                    "einen",
                    "einer",
                    "habe",
                    "haben",
                    "heute",
                    "immer",
                    "mein",
                    "meine",
                    "meiner",
                    "nicht",
                    "noch",
                    "schon",
                    "sind",
                    "warum",
                    "wieder",
                    "wird",
                    "mich",
                    "euch",
                    "ihr",
                    "bitte",
                    "keine",
                    // English
                    "again",
                    "been",
                    "from",
                    "have",
                    "just",
                    "that",
                    "them",
                    "they",
                    "this",
                    "what",
                    "when",
                    "where",
                    "which",
                    "will",
                    "with",
                    "your",
                    "still",
                    "there",
                    "their",
                    "about",
                    "would",
                    "could",
                    "please");

    private TermExtractor() {}

    public static List<String> terms(String text, String lang) {
        String lower = text.toLowerCase("tr".equals(lang) ? TURKISH : Locale.ROOT);
        TreeSet<String> terms = new TreeSet<>();
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean letter = i < lower.length() && Character.isLetter(lower.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                String word = lower.substring(start, i);
                if (word.codePointCount(0, word.length()) >= MIN_LETTERS
                        && !FUNCTION_WORDS.contains(word)) {
                    terms.add(word);
                }
                start = -1;
            }
        }
        return new ArrayList<>(terms);
    }
}
