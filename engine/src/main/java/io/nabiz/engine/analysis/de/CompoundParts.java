package io.nabiz.engine.analysis.de;

import java.util.Arrays;
import org.apache.lucene.analysis.CharArraySet;

/**
 * The compound-part dictionary as a character trie: the longest part that starts at an offset of a
 * word is one walk along the word, where a set of words costs one hashed lookup per candidate
 * length (13 per offset for parts of 3 to 15 letters).
 */
final class CompoundParts {

    private static final char[] NO_KEYS = {};
    private static final CompoundParts[] NO_CHILDREN = {};

    private char[] keys = NO_KEYS;
    private CompoundParts[] children = NO_CHILDREN;
    private boolean part;

    /** The trie of the words of {@code dictionary}, exactly as the set holds them. */
    static CompoundParts of(CharArraySet dictionary) {
        CompoundParts root = new CompoundParts();
        for (Object word : dictionary) {
            CompoundParts node = root;
            for (char c : (char[]) word) {
                node = node.childOrAdd(c);
            }
            node.part = true;
        }
        return root;
    }

    /**
     * The length of the longest part of at least {@code minLength} chars that {@code word[from,
     * to)} starts with, or 0 for none.
     */
    int longestAt(char[] word, int from, int to, int minLength) {
        int longest = 0;
        CompoundParts node = this;
        for (int i = from; i < to; i++) {
            int at = Arrays.binarySearch(node.keys, word[i]);
            if (at < 0) {
                break;
            }
            node = node.children[at];
            if (node.part && i + 1 - from >= minLength) {
                longest = i + 1 - from;
            }
        }
        return longest;
    }

    private CompoundParts childOrAdd(char c) {
        int at = Arrays.binarySearch(keys, c);
        if (at >= 0) {
            return children[at];
        }
        int insert = -at - 1;
        char[] newKeys = new char[keys.length + 1];
        CompoundParts[] newChildren = new CompoundParts[keys.length + 1];
        System.arraycopy(keys, 0, newKeys, 0, insert);
        System.arraycopy(children, 0, newChildren, 0, insert);
        newKeys[insert] = c;
        newChildren[insert] = new CompoundParts();
        System.arraycopy(keys, insert, newKeys, insert + 1, keys.length - insert);
        System.arraycopy(children, insert, newChildren, insert + 1, keys.length - insert);
        keys = newKeys;
        children = newChildren;
        return newChildren[insert];
    }
}
