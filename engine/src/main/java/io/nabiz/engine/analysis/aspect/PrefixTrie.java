package io.nabiz.engine.analysis.aspect;

import java.util.Arrays;

/**
 * A character trie of stems, each tagged with category bits, that finds every stem a word starts
 * with in one walk over the word: cost grows with the word's length, not the taxonomy's size. A
 * stem ending in {@value #WHOLE_WORD} matches only the whole word ({@code app$} matches {@code
 * app}, not {@code appreciate}).
 *
 * <p>Children sit in a sorted {@code char[]} beside their nodes, searched without boxing: the
 * German inner-compound search walks the trie from every offset of long words, and most walks end
 * at the first letter, which the root answers from a table indexed by the (normalised, so nearly
 * always ASCII) letter.
 */
final class PrefixTrie {

    static final char WHOLE_WORD = '$';

    private static final char[] NO_KEYS = {};
    private static final PrefixTrie[] NO_CHILDREN = {};

    private static final int TABLE_SIZE = 128;

    private char[] keys = NO_KEYS;
    private PrefixTrie[] children = NO_CHILDREN;
    private long prefixCategories;
    private long wordCategories;

    /** The root's children by letter below {@value #TABLE_SIZE}; null for inner nodes. */
    private final PrefixTrie[] table;

    /** An empty trie. */
    PrefixTrie() {
        this(true);
    }

    private PrefixTrie(boolean root) {
        table = root ? new PrefixTrie[TABLE_SIZE] : null;
    }

    void add(String stem, int category) {
        boolean wholeWord = stem.endsWith(String.valueOf(WHOLE_WORD));
        int length = wholeWord ? stem.length() - 1 : stem.length();
        PrefixTrie node = this;
        for (int i = 0; i < length; i++) {
            node = node.childOrAdd(stem.charAt(i));
        }
        if (wholeWord) {
            node.wordCategories |= 1L << category;
        } else {
            node.prefixCategories |= 1L << category;
        }
    }

    private PrefixTrie childOrAdd(char c) {
        int at = Arrays.binarySearch(keys, c);
        if (at >= 0) {
            return children[at];
        }
        int insert = -at - 1;
        char[] newKeys = new char[keys.length + 1];
        PrefixTrie[] newChildren = new PrefixTrie[keys.length + 1];
        System.arraycopy(keys, 0, newKeys, 0, insert);
        System.arraycopy(children, 0, newChildren, 0, insert);
        newKeys[insert] = c;
        newChildren[insert] = new PrefixTrie(false);
        if (table != null && c < TABLE_SIZE) {
            table[c] = newChildren[insert];
        }
        System.arraycopy(keys, insert, newKeys, insert + 1, keys.length - insert);
        System.arraycopy(children, insert, newChildren, insert + 1, keys.length - insert);
        keys = newKeys;
        children = newChildren;
        return newChildren[insert];
    }

    private PrefixTrie child(char c) {
        if (table != null && c < TABLE_SIZE) {
            return table[c];
        }
        int at = Arrays.binarySearch(keys, c);
        return at >= 0 ? children[at] : null;
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
            node = node.child(word.charAt(i));
            if (node == null) {
                return found;
            }
            found |= node.prefixCategories;
        }
        return from == 0 ? found | node.wordCategories : found;
    }
}
