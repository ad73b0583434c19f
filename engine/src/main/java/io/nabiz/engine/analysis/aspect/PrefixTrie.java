package io.nabiz.engine.analysis.aspect;

import java.util.HashMap;
import java.util.Map;

/**
 * A character trie of stems, each tagged with category bits, that finds every stem a word starts
 * with in one walk over the word: cost grows with the word's length, not the taxonomy's size. A
 * stem ending in {@value #WHOLE_WORD} matches only the whole word ({@code app$} matches {@code
 * app}, not {@code appreciate}).
 */
final class PrefixTrie {

    static final char WHOLE_WORD = '$';

    private final Map<Character, PrefixTrie> children = new HashMap<>(4);
    private long prefixCategories;
    private long wordCategories;

    void add(String stem, int category) {
        boolean wholeWord = stem.endsWith(String.valueOf(WHOLE_WORD));
        int length = wholeWord ? stem.length() - 1 : stem.length();
        PrefixTrie node = this;
        for (int i = 0; i < length; i++) {
            node = node.children.computeIfAbsent(stem.charAt(i), c -> new PrefixTrie());
        }
        if (wholeWord) {
            node.wordCategories |= 1L << category;
        } else {
            node.prefixCategories |= 1L << category;
        }
    }

    /** The union of the category bits of all stems that match {@code word}. */
    long match(String word) {
        return match(word, 0);
    }

    /**
     * The union of the category bits of the stems that {@code word} has at {@code from}: from 0,
     * every stem; further in, only stems not marked whole-word, since those name short words that
     * end many unrelated longer ones ({@code ware$} in {@code software}).
     */
    long match(String word, int from) {
        long found = 0;
        PrefixTrie node = this;
        for (int i = from; i < word.length(); i++) {
            node = node.children.get(word.charAt(i));
            if (node == null) {
                return found;
            }
            found |= node.prefixCategories;
        }
        return from == 0 ? found | node.wordCategories : found;
    }
}
