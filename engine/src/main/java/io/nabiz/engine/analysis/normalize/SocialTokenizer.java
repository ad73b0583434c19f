package io.nabiz.engine.analysis.normalize;

import io.nabiz.engine.analysis.token.TokenTypes;
import io.nabiz.engine.privacy.Placeholder;
import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * A tokenizer for short social and chat messages: words (with inner apostrophes, as in {@code
 * Ahmet'in} or {@code don't}), numbers, URLs, {@code @mentions}, {@code #hashtags}, emoticons,
 * single emoji, runs of sentence punctuation and the placeholders of masked personal data ({@code
 * [email]}) each become one typed token.
 *
 * <p>Lucene's standard tokenizer splits {@code @user} and {@code #tag} from their sigil and drops
 * emoticons; in customer messages those carry the addressee, the topic and the mood.
 */
public final class SocialTokenizer extends Tokenizer {

    private static final char APOSTROPHE = '\'';
    private static final char RIGHT_SINGLE_QUOTE = '\u2019';
    private static final char AT = '@';
    private static final char HASH = '#';
    private static final String SENTENCE_PUNCTUATION = ".,;:!?";
    private static final String HTTP = "http://";
    private static final String HTTPS = "https://";
    private static final String WWW = "www.";
    private static final int VARIATION_SELECTOR_16 = 0xFE0F;
    private static final int ZERO_WIDTH_JOINER = 0x200D;

    /** Below this (ASCII, Latin-1, Latin Extended-A and B) word chars come from a table. */
    private static final int LATIN = 0x250;

    private static final boolean[] WORD_CHARS = new boolean[LATIN];

    /** The general categories of word chars, as bits {@code 1 << category}. */
    private static final int WORD_CATEGORIES =
            (1 << Character.UPPERCASE_LETTER)
                    | (1 << Character.LOWERCASE_LETTER)
                    | (1 << Character.TITLECASE_LETTER)
                    | (1 << Character.MODIFIER_LETTER)
                    | (1 << Character.OTHER_LETTER)
                    | (1 << Character.DECIMAL_DIGIT_NUMBER)
                    | (1 << Character.NON_SPACING_MARK);

    /**
     * Latin word chars that start nothing but a word: not a link ({@code http}, {@code www.}) or an
     * emoticon ({@code xD}). The other tokens tried before words start with chars that are no word
     * chars ({@code @}, {@code #}, {@code [}).
     */
    private static final boolean[] PLAIN_WORD_STARTS = new boolean[LATIN];

    static {
        for (int cp = 0; cp < LATIN; cp++) {
            WORD_CHARS[cp] = isWordCharUnicode(cp);
            PLAIN_WORD_STARTS[cp] =
                    WORD_CHARS[cp] && !Emoticons.mayStart((char) cp) && !mayStartUrl((char) cp);
        }
    }

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

    private final StringBuilder text = new StringBuilder();
    private final char[] buffer = new char[256];
    private int pos;

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        int n = text.length();
        while (pos < n) {
            int start = pos;
            int cp = text.codePointAt(pos);
            if (Character.isWhitespace(cp) || isIgnorableJoiner(cp)) {
                pos += Character.charCount(cp);
                continue;
            }
            if (cp < LATIN && PLAIN_WORD_STARTS[cp]) {
                // Most tokens are such words: the tests below could not match them.
                return word(start);
            }
            if (startsUrl(start)) {
                pos = skipNonSpace(start);
                return emit(start, pos, TokenTypes.URL);
            }
            if ((cp == AT || cp == HASH)
                    && start + 1 < n
                    && isWordChar(text.codePointAt(start + 1))) {
                pos = skipWord(start + 1);
                return emit(
                        cp == HASH ? start + 1 : start,
                        pos,
                        cp == AT ? TokenTypes.MENTION : TokenTypes.HASHTAG);
            }
            int personalData = Placeholder.lengthAt(text, start);
            if (personalData > 0) {
                // "[card]" is masked personal data, not the word "card": it must not read as
                // a billing complaint.
                pos = start + personalData;
                return emit(start, pos, TokenTypes.PERSONAL_DATA);
            }
            int emoticon = Emoticons.matchLength(text, start);
            if (emoticon > 0 && !precededByWordChar(start)) {
                pos = start + emoticon;
                return emit(start, pos, TokenTypes.EMOTICON);
            }
            if (isWordChar(cp)) {
                return word(start);
            }
            if (EmojiPolarity.isEmoji(cp)) {
                pos = start + Character.charCount(cp);
                return emit(start, pos, TokenTypes.EMOJI);
            }
            if (SENTENCE_PUNCTUATION.indexOf(cp) >= 0) {
                pos = start + 1;
                while (pos < n && SENTENCE_PUNCTUATION.indexOf(text.charAt(pos)) >= 0) {
                    pos++;
                }
                return emit(start, pos, TokenTypes.PUNCT);
            }
            pos += Character.charCount(cp);
        }
        return false;
    }

    private boolean word(int start) {
        pos = skipWord(start);
        return emit(start, pos, isAllDigits(start, pos) ? TokenTypes.NUMBER : TokenTypes.WORD);
    }

    private boolean emit(int start, int end, String type) {
        termAtt.setEmpty().append(text, start, end);
        offsetAtt.setOffset(correctOffset(start), correctOffset(end));
        typeAtt.setType(type);
        return true;
    }

    private boolean startsUrl(int start) {
        return regionMatches(start, HTTP)
                || regionMatches(start, HTTPS)
                || regionMatches(start, WWW);
    }

    private static boolean mayStartUrl(char c) {
        char lower = Character.toLowerCase(c);
        return lower == HTTP.charAt(0) || lower == HTTPS.charAt(0) || lower == WWW.charAt(0);
    }

    private boolean regionMatches(int start, String prefix) {
        if (start + prefix.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (Character.toLowerCase(text.charAt(start + i)) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private int skipNonSpace(int from) {
        int i = from;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Ends a word at the first non-word character; an apostrophe inside a word is kept. */
    private int skipWord(int from) {
        int i = from;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (isWordChar(cp)) {
                i += Character.charCount(cp);
            } else if ((cp == APOSTROPHE || cp == RIGHT_SINGLE_QUOTE)
                    && i > from
                    && i + 1 < n
                    && Character.isLetter(text.codePointAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private boolean isAllDigits(int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private boolean precededByWordChar(int start) {
        return start > 0 && isWordChar(text.codePointBefore(start));
    }

    static boolean isWordChar(int cp) {
        // The common case, Latin letters, from the table: the same answer without the Unicode
        // tables' slower path on every ü, ş and ı.
        return cp < LATIN ? WORD_CHARS[cp] : isWordCharUnicode(cp);
    }

    private static boolean isWordCharUnicode(int cp) {
        // Character.isLetterOrDigit's categories, and combining marks, which keep a decomposed "İ"
        // (I + U+0307) or "ü" (u + U+0308) inside its word: one category lookup for both.
        return ((WORD_CATEGORIES >> Character.getType(cp)) & 1) != 0;
    }

    private static boolean isIgnorableJoiner(int cp) {
        return cp == VARIATION_SELECTOR_16
                || cp == ZERO_WIDTH_JOINER
                || EmojiPolarity.isSkinTone(cp);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        text.setLength(0);
        for (int read; (read = input.read(buffer)) != -1; ) {
            text.append(buffer, 0, read);
        }
        pos = 0;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int end = correctOffset(text.length());
        offsetAtt.setOffset(end, end);
    }
}
