package io.nabiz.engine.analysis.de;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class CompoundPartFilterTest {

    private static final CharArraySet PARTS =
            new CharArraySet(
                    List.of(
                            "liefer",
                            "lieferung",
                            "ver",
                            "verzogerung",
                            "zug",
                            "ausfall",
                            "rech",
                            "rechnung",
                            "nung",
                            "ab"),
                    false);

    /** The trie filter gives exactly the tokens of Lucene's dictionary decompounder. */
    @Test
    void emitsWhatLucenesDecompounderEmits() throws IOException {
        Random random = new Random(7);
        String pieces = "liefer|ung|ver|zogerung|zug|aus|fall|rech|nung|ab|x|e|s";
        String[] p = pieces.split("\\|");
        for (int n = 0; n < 2_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 3; w++) {
                for (int k = 1 + random.nextInt(5); k > 0; k--) {
                    text.append(p[random.nextInt(p.length)]);
                }
                text.append(' ');
            }
            String t = text.toString();
            Tokenizer a = new WhitespaceTokenizer();
            a.setReader(new StringReader(t));
            Tokenizer b = new WhitespaceTokenizer();
            b.setReader(new StringReader(t));
            assertEquals(
                    tokens(new DictionaryCompoundWordTokenFilter(a, PARTS, 6, 3, 15, true)),
                    tokens(new CompoundPartFilter(b, PARTS, CompoundParts.of(PARTS), 6, 3, 15)),
                    t);
        }
    }

    private static List<String> tokens(TokenStream ts) throws IOException {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
        PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
        List<String> out = new ArrayList<>();
        ts.reset();
        while (ts.incrementToken()) {
            out.add(
                    term
                            + "@"
                            + offset.startOffset()
                            + "-"
                            + offset.endOffset()
                            + "+"
                            + posInc.getPositionIncrement());
        }
        ts.end();
        ts.close();
        return out;
    }
}
