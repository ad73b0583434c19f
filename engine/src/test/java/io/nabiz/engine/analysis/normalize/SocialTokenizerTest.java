package io.nabiz.engine.analysis.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nabiz.engine.analysis.token.TokenTypes;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;

class SocialTokenizerTest {

    private static List<String> tokens(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (SocialTokenizer t = new SocialTokenizer()) {
            t.setReader(new StringReader(text));
            CharTermAttribute term = t.getAttribute(CharTermAttribute.class);
            TypeAttribute type = t.getAttribute(TypeAttribute.class);
            t.reset();
            while (t.incrementToken()) {
                out.add(term + " " + type.type());
            }
            t.end();
        }
        return out;
    }

    @Test
    void typesSocialTokens() throws IOException {
        assertEquals(
                List.of(
                        "@TurkTelekom " + TokenTypes.MENTION,
                        "KargoRezalet " + TokenTypes.HASHTAG,
                        "https://x.co/a?b=1 " + TokenTypes.URL,
                        "Ahmet'in " + TokenTypes.WORD,
                        "3 " + TokenTypes.NUMBER,
                        "gün " + TokenTypes.WORD,
                        ":( " + TokenTypes.EMOTICON,
                        "😡 " + TokenTypes.EMOJI,
                        "!!! " + TokenTypes.PUNCT),
                tokens("@TurkTelekom #KargoRezalet https://x.co/a?b=1 Ahmet'in 3 gün :( 😡!!!"));
    }

    @Test
    void keepsContractionsAndDecomposedLettersInsideWords() throws IOException {
        // "I" + U+0307 COMBINING DOT ABOVE is the decomposed form of "İ".
        assertEquals(
                List.of("hasn't " + TokenTypes.WORD, "I\u0307STANBUL " + TokenTypes.WORD),
                tokens("hasn't I\u0307STANBUL"));
    }

    @Test
    void emojiWithSkinToneAndVariationSelectorIsOneToken() throws IOException {
        assertEquals(List.of("👍 " + TokenTypes.EMOJI, "❤ " + TokenTypes.EMOJI), tokens("👍🏽 ❤️"));
    }

    @Test
    void emptyAndBlankInputGiveNoTokens() throws IOException {
        assertEquals(List.of(), tokens(""));
        assertEquals(List.of(), tokens("  \n\t"));
    }

    /** Word chars are letters, digits and combining marks, in every plane. */
    @Test
    void wordCharsAreLettersDigitsAndCombiningMarks() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            boolean expected =
                    Character.isLetterOrDigit(cp)
                            || Character.getType(cp) == Character.NON_SPACING_MARK;
            assertEquals(expected, SocialTokenizer.isWordChar(cp), Integer.toHexString(cp));
        }
    }
}
