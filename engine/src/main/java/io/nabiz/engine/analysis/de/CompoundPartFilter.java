package io.nabiz.engine.analysis.de;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.CompoundWordTokenFilterBase;

/**
 * Lucene's {@code DictionaryCompoundWordTokenFilter} with {@code onlyLongestMatch}: after each word
 * of at least {@code minWordSize} chars, the longest dictionary part starting at each of its
 * offsets, as a token at the same position. The same tokens, found by walking a {@link
 * CompoundParts} trie instead of hashing every substring.
 */
final class CompoundPartFilter extends CompoundWordTokenFilterBase {

    private final CompoundParts parts;

    /**
     * @param parts the trie of {@code dictionary}
     */
    CompoundPartFilter(
            TokenStream input,
            CharArraySet dictionary,
            CompoundParts parts,
            int minWordSize,
            int minSubwordSize,
            int maxSubwordSize) {
        super(input, dictionary, minWordSize, minSubwordSize, maxSubwordSize, true);
        this.parts = parts;
    }

    @Override
    protected void decompose() {
        char[] word = termAtt.buffer();
        int length = termAtt.length();
        for (int i = 0; i <= length - minSubwordSize; i++) {
            int longest =
                    parts.longestAt(word, i, Math.min(length, i + maxSubwordSize), minSubwordSize);
            if (longest > 0) {
                tokens.add(new CompoundToken(i, longest));
            }
        }
    }
}
