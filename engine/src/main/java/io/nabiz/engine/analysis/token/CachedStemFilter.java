package io.nabiz.engine.analysis.token;

import java.io.IOException;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Stems each token with a stemming filter, remembering the stems of the words it has seen in a
 * bounded {@link StemCache}: the same stems as the filter's, without running its rules again for a
 * word the chain met before. Keyword-marked tokens pass unchanged, as stemming filters leave them.
 *
 * <p>The stemming filter runs over a stream of its own that holds one word at a time, so any
 * token-by-token stemmer can be cached this way, Lucene's package-private ones included.
 */
public final class CachedStemFilter extends TokenFilter {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
    private final StemCache cache = new StemCache();
    private final OneWord word = new OneWord();
    private final TokenStream stemmer;
    private final CharTermAttribute stemAtt;

    /**
     * @param stemming makes the stemming filter over a given stream, e.g. {@code
     *     PorterStemFilter::new}
     */
    public CachedStemFilter(TokenStream input, UnaryOperator<TokenStream> stemming) {
        super(input);
        this.stemmer = stemming.apply(word);
        this.stemAtt = stemmer.getAttribute(CharTermAttribute.class);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (keywordAtt.isKeyword()) {
            return true;
        }
        char[] buffer = termAtt.buffer();
        int length = termAtt.length();
        char[] stem;
        if (length > StemCache.MAX_LENGTH) {
            stem = stem(buffer, length);
        } else {
            int slot = StemCache.slot(buffer, length);
            stem = cache.get(slot, buffer, length);
            if (stem == null) {
                stem = stem(buffer, length);
                cache.put(slot, buffer, length, stem);
            }
        }
        termAtt.copyBuffer(stem, 0, stem.length);
        return true;
    }

    /** The stemming filter's stem of {@code chars[0..length)}. */
    private char[] stem(char[] chars, int length) throws IOException {
        word.set(chars, length);
        stemmer.reset();
        stemmer.incrementToken();
        // Copied before end(), which clears the attributes.
        char[] stem = Arrays.copyOf(stemAtt.buffer(), stemAtt.length());
        stemmer.end();
        return stem;
    }

    @Override
    public void close() throws IOException {
        super.close();
        stemmer.close();
    }

    /** A stream of the one word it was last given. */
    private static final class OneWord extends TokenStream {

        private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
        private boolean pending;

        void set(char[] chars, int length) {
            clearAttributes();
            termAtt.copyBuffer(chars, 0, length);
            pending = true;
        }

        @Override
        public boolean incrementToken() {
            boolean emit = pending;
            pending = false;
            return emit;
        }
    }
}
