package io.nabiz.engine.analysis.lang;

import io.nabiz.engine.analysis.Analysis;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Tells Turkish, German and English apart with a naive Bayes model over hashed character 1–3-grams,
 * trained on the project's labelled messages, and answers {@code und} when the text has too few
 * letters or no language wins clearly.
 *
 * <p>Character n-grams are robust on short noisy text where function words are missing (Cavnar and
 * Trenkle, 1994); a per-n-gram margin makes the abstention independent of message length.
 * Thread-safe: the model is read-only.
 */
public final class LanguageIdentifier {

    /** Where {@code nabiz train --language-id} writes, and the engine reads, the model. */
    public static final String MODEL_RESOURCE = "/io/nabiz/models/lang/langid.model";

    /** Fewer letters than this ({@code ok 👍}, {@code :)}) is no evidence of a language. */
    public static final int MIN_LETTERS = 5;

    /** Mean log-likelihood lead per n-gram the winner needs over the runner-up. */
    public static final double MIN_MARGIN = 0.12;

    /**
     * Every log-probability lies in (−{@value #MAX_LOG_PROB}, −{@value #MIN_LOG_PROB}]: a naive
     * Bayes model over thousands of buckets gives no n-gram a probability near 1/e², and the bounds
     * keep the sums exact (see {@code Tally}).
     */
    private static final float MIN_LOG_PROB = 2f;

    private static final float MAX_LOG_PROB = 64f;

    private static final int MAGIC = 0x4e425a4c; // "NBZL"
    private static final int VERSION = 1;

    private final List<String> languages;
    private final int bits;
    private final float[] logProbs;
    private final WordScores cache = new WordScores();

    /**
     * @param logProbs log P(n-gram bucket | language), bucket-major: {@code logProbs[b * L + l]}
     */
    public LanguageIdentifier(List<String> languages, int bits, float[] logProbs) {
        this.languages = List.copyOf(languages);
        this.bits = bits;
        if (logProbs.length != (1 << bits) * this.languages.size()) {
            throw new IllegalArgumentException("logProbs do not match buckets × languages");
        }
        for (float p : logProbs) {
            if (!(-p >= MIN_LOG_PROB && -p < MAX_LOG_PROB)) {
                // Smaller magnitudes have finer fractions, which long sums might round.
                throw new IllegalArgumentException("log-probability " + p + " out of range");
            }
        }
        this.logProbs = logProbs;
    }

    /** The shipped model; fails loudly when it is missing. */
    public static LanguageIdentifier loadDefault() {
        try (InputStream in = LanguageIdentifier.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(
                        "missing language-id model "
                                + MODEL_RESOURCE
                                + "; train it with `nabiz train --language-id`");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + MODEL_RESOURCE, e);
        }
    }

    /** The language of {@code text}, or {@link Analysis#UNKNOWN_LANGUAGE}. */
    public String identify(CharSequence text) {
        int l = languages.size();
        Tally tally = new Tally(l);
        int letters = LanguageEvidence.scan(text, tally);
        int count = tally.ngrams;
        if (letters < MIN_LETTERS || count == 0) {
            return Analysis.UNKNOWN_LANGUAGE;
        }
        double[] scores = tally.sums;
        int best = 0;
        for (int i = 1; i < l; i++) {
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        double second = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < l; i++) {
            if (i != best) {
                second = Math.max(second, scores[i]);
            }
        }
        return (scores[best] - second) / count < MIN_MARGIN
                ? Analysis.UNKNOWN_LANGUAGE
                : languages.get(best);
    }

    /**
     * Each language's summed log-probability over a message's n-grams, added up word by word.
     *
     * <p>Adding per-word sums gives exactly the per-n-gram sum: every log-probability is a float of
     * magnitude at least 2, hence a multiple of 2^-22, and below 64; a double holds every multiple
     * of 2^-22 below 2^31 exactly, so no partial sum of a message under 2^25 n-grams (about ten
     * million letters, far longer than a mention text may be) is ever rounded, in whatever order it
     * is added.
     */
    private final class Tally implements LanguageEvidence.WordSink, LanguageEvidence.Sink {

        final double[] sums;
        int ngrams;

        /** The word being scored: its sums, n-gram by n-gram, and its n-gram count. */
        private double[] wordSums;

        private int wordNgrams;

        Tally(int languages) {
            sums = new double[languages];
        }

        @Override
        public void accept(char[] word, int len) {
            int hash = WordScores.hash(word, len);
            WordScores.Entry e = cache.get(word, len, hash);
            if (e == null) {
                e = score(word, len, hash);
            }
            for (int i = 0; i < sums.length; i++) {
                sums[i] += e.sums()[i];
            }
            ngrams += e.ngrams();
        }

        /**
         * Each language's sum over the word's n-grams, added in n-gram order as a buffer of them
         * summed language by language would add them, without the buffer.
         */
        private WordScores.Entry score(char[] word, int len, int hash) {
            wordSums = new double[sums.length];
            wordNgrams = 0;
            LanguageEvidence.ngrams(word, len, bits, this);
            return cache.put(word, len, hash, wordSums, wordNgrams);
        }

        /** One n-gram of the word being scored. */
        @Override
        public void accept(int bucket) {
            int l = wordSums.length;
            for (int i = 0; i < l; i++) {
                wordSums[i] += logProbs[bucket * l + i];
            }
            wordNgrams++;
        }
    }

    public List<String> languages() {
        return languages;
    }

    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out);
        DataOutputStream data = new DataOutputStream(gz);
        data.writeInt(MAGIC);
        data.writeInt(VERSION);
        data.writeByte(languages.size());
        for (String lang : languages) {
            data.writeUTF(lang);
        }
        data.writeByte(bits);
        for (float p : logProbs) {
            data.writeFloat(p);
        }
        data.flush();
        gz.finish();
    }

    public static LanguageIdentifier read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new GZIPInputStream(in));
        if (data.readInt() != MAGIC || data.readInt() != VERSION) {
            throw new IOException("not a Nabız language-id model, or an unsupported version");
        }
        int l = data.readByte();
        List<String> languages = new ArrayList<>(l);
        for (int i = 0; i < l; i++) {
            languages.add(data.readUTF());
        }
        int bits = data.readByte();
        float[] logProbs = new float[(1 << bits) * l];
        for (int i = 0; i < logProbs.length; i++) {
            logProbs[i] = data.readFloat();
        }
        return new LanguageIdentifier(languages, bits, logProbs);
    }
}
