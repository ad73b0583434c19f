package io.nabiz.engine.analysis.lang;

import io.nabiz.engine.analysis.sentiment.FeatureHashing;
import io.nabiz.engine.analysis.token.LatinChars;
import io.nabiz.engine.privacy.Placeholder;

/**
 * Walks the words of a raw message and hands each word, lower-cased between two boundary marks, or
 * each of its hashed character n-grams (1 to {@value #MAX_N} letters, word boundaries included) to
 * a consumer. URLs, {@code @mentions}, {@code #hashtags}, digits, emoji and masked personal data
 * ({@code [email]}) are skipped: they say nothing about the language, or say English when it is
 * not.
 */
final class LanguageEvidence {

    static final int MAX_N = 3;
    private static final int SEED = 0x9e3779b9;
    private static final char BOUNDARY = ' ';
    private static final int MAX_WORD = 64;

    /** The longest word {@link WordSink} receives: {@value #MAX_WORD} letters and two marks. */
    static final int MAX_WORD_WITH_MARKS = MAX_WORD + 2;

    /** Receives one n-gram's bucket. */
    interface Sink {
        void accept(int bucket);
    }

    /** Receives one word: {@code word[0..len)}, boundary marks included, valid during the call. */
    interface WordSink {
        void accept(char[] word, int len);
    }

    private LanguageEvidence() {}

    /**
     * @return the number of letters seen in words
     */
    static int scan(CharSequence text, int bits, Sink sink) {
        return scan(text, (word, len) -> ngrams(word, len, bits, sink));
    }

    /**
     * @return the number of letters seen in words
     */
    static int scan(CharSequence text, WordSink sink) {
        char[] word = new char[MAX_WORD_WITH_MARKS];
        int letters = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '@' || c == '#' || startsUrl(text, i)) {
                while (i < n && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                continue;
            }
            if (c == '[') {
                int masked = maskedEnd(text, i);
                if (masked > 0) {
                    i = masked;
                    continue;
                }
            }
            if (!LatinChars.isLetter(c)) {
                i++;
                continue;
            }
            int len = 0;
            word[len++] = BOUNDARY;
            for (char l; i < n && LatinChars.isLetter(l = text.charAt(i)); i++) {
                if (len <= MAX_WORD) {
                    word[len++] = LatinChars.toLowerCase(l);
                }
            }
            word[len++] = BOUNDARY;
            letters += len - 2;
            sink.accept(word, len);
        }
        return letters;
    }

    /** The n-gram buckets of one word as {@link WordSink} receives it. */
    static void ngrams(char[] word, int len, int bits, Sink sink) {
        for (int start = 0; start < len; start++) {
            int h = SEED;
            for (int k = 0; k < MAX_N && start + k < len; k++) {
                h = FeatureHashing.step(h, word[start + k]);
                if (k == 0 && word[start] == BOUNDARY) {
                    continue; // a lone boundary is no evidence
                }
                sink.accept(FeatureHashing.bucket(FeatureHashing.finish(h + k), bits));
            }
        }
    }

    /** The index after a {@code [kind]} placeholder at {@code i}, or 0 when there is none. */
    private static int maskedEnd(CharSequence text, int i) {
        int length = Placeholder.lengthAt(text, i);
        return length == 0 ? 0 : i + length;
    }

    private static boolean startsUrl(CharSequence text, int i) {
        return regionMatches(text, i, "http") || regionMatches(text, i, "www.");
    }

    private static boolean regionMatches(CharSequence text, int i, String prefix) {
        if (i + prefix.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (LatinChars.toLowerCase(text.charAt(i + k)) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
