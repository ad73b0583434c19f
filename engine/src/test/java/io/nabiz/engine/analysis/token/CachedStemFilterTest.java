package io.nabiz.engine.analysis.token;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class CachedStemFilterTest {

    private static final UnaryOperator<TokenStream> PORTER = PorterStemFilter::new;

    @Test
    void stemsAsTheStemmerDoes() throws IOException {
        String text = "connections connected running ran flies flying generalizations caresses";
        assertEquals(stems(PORTER.apply(words(text))), stems(cached(words(text))));
        assertEquals(
                List.of("connect", "connect", "run", "ran", "fli", "fly", "gener", "caress"),
                stems(cached(words(text))));
    }

    @Test
    void emptyInputGivesNoTokens() throws IOException {
        assertEquals(List.of(), stems(cached(words(""))));
    }

    @Test
    void keywordsPassUnchanged() throws IOException {
        CharArraySet keywords = new CharArraySet(List.of("running"), false);
        TokenStream marked = new SetKeywordMarkerFilter(words("running jumping"), keywords);
        assertEquals(List.of("running", "jump"), stems(cached(marked)));
    }

    /**
     * Many random words, repeated and sharing cache slots, some longer than the cache keeps: every
     * stem is the stemmer's own.
     */
    @Test
    void everyStemIsTheStemmersOnRandomWords() throws IOException {
        Random random = new Random(11);
        String[] suffixes = {"", "s", "ing", "ed", "ation", "ness", "ful", "ly", "ies", "izer"};
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            int length = 1 + random.nextInt(random.nextInt(10) == 0 ? 40 : 8);
            for (int k = 0; k < length; k++) {
                text.append((char) ('a' + random.nextInt(random.nextBoolean() ? 5 : 26)));
            }
            text.append(suffixes[random.nextInt(suffixes.length)]).append(' ');
        }
        assertEquals(
                stems(PORTER.apply(words(text.toString()))), stems(cached(words(text.toString()))));
    }

    private static TokenStream cached(TokenStream in) {
        return new CachedStemFilter(in, PORTER);
    }

    private static Tokenizer words(String text) {
        Tokenizer tokenizer = new WhitespaceTokenizer();
        tokenizer.setReader(new StringReader(text));
        return tokenizer;
    }

    private static List<String> stems(TokenStream ts) throws IOException {
        List<String> out = new ArrayList<>();
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
            out.add(term.toString());
        }
        ts.end();
        ts.close();
        return out;
    }
}
