package io.nabiz.engine.window;

import io.nabiz.engine.analysis.token.LatinChars;
import io.nabiz.engine.analysis.token.TermStrings;
import io.nabiz.engine.privacy.Placeholder;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Picks the content words of a message for trend detection: lower-cased (Turkish casing for
 * Turkish), at least four letters, no function words, each word once per message. Placeholders of
 * masked personal data, links and {@code @handles} give no terms.
 *
 * <p>Surface forms are kept on purpose: an analyst reading "kargom" or "Roaming-Betrag" in an alert
 * recognises the customers' own words.
 */
public final class TermExtractor {

    private static final int MIN_LETTERS = 4;
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

    /** Longer words cannot be function words: no lookup for them. */
    private static final int LONGEST_FUNCTION_WORD =
            FUNCTION_WORDS.stream().mapToInt(String::length).max().orElse(0);

    private TermExtractor() {}

    public static List<String> terms(String text, String lang) {
        char[] chars = LowerCasing.lowerChars(text, "tr".equals(lang));
        ArrayList<String> terms = new ArrayList<>();
        int n = chars.length;
        int i = 0;
        while (i < n) {
            char c = chars[i];
            // Only these start a placeholder, a link or a handle: no lookups at any other char.
            int skip = c == '[' || c == '@' || c == 'h' || c == 'w' ? notWords(chars, i) : 0;
            if (skip > 0) {
                i += skip;
                continue;
            }
            if (!LatinChars.isLetter(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && LatinChars.isLetter(chars[i])) {
                i++;
            }
            // A run of letters holds no surrogates (a surrogate char is no letter): its chars are
            // its letters. Words come again and again: the cache makes no new string for them, and
            // keeps the hash that the function-word lookup computes.
            if (i - start >= MIN_LETTERS) {
                String word = TermStrings.SHARED.of(chars, start, i - start);
                if (word.length() > LONGEST_FUNCTION_WORD || !FUNCTION_WORDS.contains(word)) {
                    terms.add(word);
                }
            }
        }
        // Sorted, each once: what a sorted set gives, without its tree of nodes.
        terms.sort(null);
        int kept = 0;
        for (int k = 0; k < terms.size(); k++) {
            if (kept == 0 || !terms.get(k).equals(terms.get(kept - 1))) {
                terms.set(kept++, terms.get(k));
            }
        }
        terms.subList(kept, terms.size()).clear();
        return terms;
    }

    /**
     * The length of what starts at {@code i} and holds no customer words: a placeholder of masked
     * personal data ({@code [email]}), a link, or an {@code @handle}, which names an account. A
     * term list must never echo who wrote or what they linked to.
     */
    private static int notWords(char[] s, int i) {
        if (s[i] == '[') {
            return Placeholder.lengthAt(CharBuffer.wrap(s), i);
        }
        boolean wordStart = i == 0 || !Character.isLetterOrDigit(s[i - 1]);
        if (wordStart
                && (startsWith(s, i, "http://")
                        || startsWith(s, i, "https://")
                        || startsWith(s, i, "www."))) {
            return untilSpace(s, i) - i;
        }
        if (s[i] == '@') {
            int end = i + 1;
            while (end < s.length
                    && (Character.isLetterOrDigit(s[end]) || s[end] == '_' || s[end] == '.')) {
                end++;
            }
            return end - i;
        }
        return 0;
    }

    private static boolean startsWith(char[] s, int i, String prefix) {
        if (i + prefix.length() > s.length) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (s[i + k] != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int untilSpace(char[] s, int from) {
        int end = from;
        while (end < s.length && !Character.isWhitespace(s[end])) {
            end++;
        }
        return end;
    }
}
