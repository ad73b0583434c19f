package io.nabiz.engine.analysis.lang;

import io.nabiz.engine.analysis.Analysis;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
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

    private static final int MAGIC = 0x4e425a4c; // "NBZL"
    private static final int VERSION = 1;

    private final List<String> languages;
    private final int bits;
    private final float[] logProbs;

    /**
     * @param logProbs log P(n-gram bucket | language), bucket-major: {@code logProbs[b * L + l]}
     */
    public LanguageIdentifier(List<String> languages, int bits, float[] logProbs) {
        this.languages = List.copyOf(languages);
        this.bits = bits;
        if (logProbs.length != (1 << bits) * this.languages.size()) {
            throw new IllegalArgumentException("logProbs do not match buckets × languages");
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
        Buckets buckets = new Buckets(text.length());
        int letters = LanguageEvidence.scan(text, bits, buckets);
        int count = buckets.size;
        if (letters < MIN_LETTERS || count == 0) {
            return Analysis.UNKNOWN_LANGUAGE;
        }
        // One language at a time over the collected buckets: each sum adds in the same order as
        // a per-n-gram update would, in a loop the JIT keeps in registers.
        double[] scores = new double[l];
        int[] seen = buckets.values;
        for (int i = 0; i < l; i++) {
            double sum = 0;
            for (int k = 0; k < count; k++) {
                sum += logProbs[seen[k] * l + i];
            }
            scores[i] = sum;
        }
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

    /** The buckets of a message's n-grams, in the order the scan finds them. */
    private static final class Buckets implements LanguageEvidence.Sink {

        /** About three n-grams per character, as words of one letter have. */
        private static final int PER_CHAR = 3;

        int[] values;
        int size;

        Buckets(int textLength) {
            values = new int[PER_CHAR * textLength + PER_CHAR];
        }

        @Override
        public void accept(int bucket) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = bucket;
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
