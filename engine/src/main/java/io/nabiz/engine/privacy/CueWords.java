package io.nabiz.engine.privacy;

import io.nabiz.engine.analysis.token.LatinChars;
import java.util.List;

/**
 * A few cue words, and word endings, looked for among a text's words with case ignored: the cheap
 * first test that spares most texts a pattern search. Each word's hash is summed as its letters are
 * read and looked up among the cue words' hashes, so a word that is no cue is passed over without a
 * string or a comparison. The dotted and dotless i count as one letter, as Turkish written without
 * a Turkish keyboard has it.
 */
final class CueWords {

    private final List<String> words;
    private final List<String> endings;
    private final int shortestEnding;

    /** The words' first letters, folded: most words start with others and are not hashed. */
    private final boolean[] firstLetters = new boolean[FOLDED_LATIN_LETTERS.length];

    /** The words' hashes, open addressing; 0 marks a free slot. */
    private final int[] wordHashes;

    /** The endings' last two letters: most words end in others and are passed over at once. */
    private final int[] endingPairs;

    /**
     * @param words whole words, lower case
     * @param endings word endings of two letters or more, lower case ({@code straße} in {@code
     *     Hauptstraße})
     */
    CueWords(List<String> words, List<String> endings) {
        this.words = words.stream().map(CueWords::fold).toList();
        this.endings = endings.stream().map(CueWords::fold).toList();
        this.shortestEnding =
                endings.stream().mapToInt(String::length).min().orElse(Integer.MAX_VALUE);
        if (shortestEnding < 2) {
            throw new IllegalArgumentException("an ending has two letters or more");
        }
        wordHashes = new int[Integer.highestOneBit(Math.max(1, words.size())) * 4];
        for (String word : this.words) {
            int slot = slot(nonZero(word.hashCode()));
            while (wordHashes[slot] != 0) {
                slot = (slot + 1) & (wordHashes.length - 1);
            }
            wordHashes[slot] = nonZero(word.hashCode());
            firstLetters[word.charAt(0)] = true;
        }
        endingPairs =
                this.endings.stream()
                        .mapToInt(e -> pair(e.charAt(e.length() - 2), e.charAt(e.length() - 1)))
                        .distinct()
                        .toArray();
    }

    /** Whether a word of {@code text} is one of the words or ends with one of the endings. */
    boolean anyIn(String text) {
        // One copy, then array reads: cheaper than a checked charAt per char.
        char[] chars = text.toCharArray();
        int n = chars.length;
        int i = 0;
        while (i < n) {
            char first = foldedLetter(chars[i]);
            if (first == NO_LETTER) {
                i++;
                continue;
            }
            int start = i;
            do {
                i++;
            } while (i < n && foldedLetter(chars[i]) != NO_LETTER);
            // Only a word that starts as a cue word does is hashed.
            if (first < firstLetters.length && firstLetters[first] && isWord(chars, start, i)) {
                return true;
            }
            if (i - start > shortestEnding
                    && isEndingPair(pair(foldedLetter(chars[i - 2]), foldedLetter(chars[i - 1])))
                    && endsWithEnding(chars, start, i)) {
                return true;
            }
        }
        return false;
    }

    private boolean isEndingPair(int pair) {
        for (int p : endingPairs) {
            if (p == pair) {
                return true;
            }
        }
        return false;
    }

    private static int pair(char previous, char last) {
        return previous << 16 | last;
    }

    private boolean isWord(char[] chars, int start, int end) {
        int hash = 0;
        for (int k = start; k < end; k++) {
            hash = 31 * hash + foldedLetter(chars[k]); // String's hash of the folded word
        }
        hash = nonZero(hash);
        for (int slot = slot(hash);
                wordHashes[slot] != 0;
                slot = (slot + 1) & (wordHashes.length - 1)) {
            if (wordHashes[slot] == hash) {
                for (String word : words) {
                    if (word.length() == end - start && matches(chars, start, word)) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    private boolean endsWithEnding(char[] chars, int start, int end) {
        for (String ending : endings) {
            if (ending.length() < end - start && matches(chars, end - ending.length(), ending)) {
                return true;
            }
        }
        return false;
    }

    private int slot(int hash) {
        return (hash ^ (hash >>> 16)) & (wordHashes.length - 1);
    }

    private static int nonZero(int hash) {
        return hash == 0 ? 1 : hash;
    }

    private static boolean matches(char[] chars, int at, String folded) {
        for (int k = 0; k < folded.length(); k++) {
            if (foldedLetter(chars[at + k]) != folded.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static String fold(String word) {
        StringBuilder folded = new StringBuilder(word.length());
        for (int k = 0; k < word.length(); k++) {
            folded.append(fold(word.charAt(k)));
        }
        return folded.toString();
    }

    /** Lower case, with the four Turkish i's as one. */
    private static char fold(char c) {
        return c == 'İ' || c == 'ı' ? 'i' : LatinChars.toLowerCase(c);
    }

    /** {@link #fold} of a letter, or {@link #NO_LETTER}; Latin chars from a table. */
    private static char foldedLetter(char c) {
        if (LatinChars.isLatin(c)) {
            return FOLDED_LATIN_LETTERS[c];
        }
        return Character.isLetter(c) ? fold(c) : NO_LETTER;
    }

    private static final char NO_LETTER = 0;
    private static final char[] FOLDED_LATIN_LETTERS = new char[0x250];

    static {
        for (char c = 0; LatinChars.isLatin(c); c++) {
            FOLDED_LATIN_LETTERS[c] = LatinChars.isLetter(c) ? fold(c) : NO_LETTER;
        }
    }
}
