package io.nabiz.engine.analysis.sentiment;

import io.nabiz.engine.analysis.discourse.Signal;
import io.nabiz.engine.analysis.discourse.SignalDetector;
import io.nabiz.engine.analysis.discourse.SignalWords;
import io.nabiz.engine.analysis.token.Term;
import io.nabiz.engine.analysis.token.TokenTypes;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;

/**
 * Turns an analysed message into hashed features: stem unigrams and bigrams, unstemmed words
 * (negated words hash apart from plain ones), character n-grams of the normalised surface words,
 * the summed lexicon polarity with negation flipping it, and the message's {@link Signal}s
 * (question, request, resolution, thanks, sarcasm, litotes).
 *
 * <p>Masked personal data ({@code [email]}) adds nothing at all, so that masking never moves a
 * message's sentiment.
 *
 * <p>Word and character n-gram features are each scaled to unit length so long reviews and
 * five-word tweets weigh alike; the lexicon sums are not, since their size is the signal. Training
 * and run time share this class, so a model always sees the features it was fitted on.
 */
public final class Featurizer {

    private static final int SEED_WORD = 0x2f1b5a3d;
    private static final int SEED_NEGATED_WORD = 0x6c8e9f11;
    private static final int SEED_SURFACE = 0x4b1d2c3e;
    private static final int SEED_NEGATED_SURFACE = 0x5e2f3a41;
    private static final int SEED_BIGRAM = 0x51ed270b;
    private static final int SEED_CHAR = 0x1b873593;
    private static final int SEED_BIAS = 0x7a3c4e29;
    private static final int SEED_LEXICON = 0x3d4a9b17;
    private static final int SEED_SIGNAL = 0x2c6fe1a5;

    private static final char WORD_BOUNDARY = ' ';
    private static final char NEGATED_MARK = '!';
    private static final int POSITIVE_SUM = 0;
    private static final int NEGATIVE_SUM = 1;
    private static final int NEGATION_SEEN = 2;
    private static final int LEXICON_FEATURES = 3;
    private static final float LEXICON_SCALE = 0.2f;
    private static final int INITIAL_CAPACITY = 256;
    private static final int FEATURES_PER_WORD = 3;
    private static final int FIXED_FEATURES = 16;

    private final FeatureSettings settings;
    private final SentimentLexicon lexicon;
    private final int biasIndex;
    private final int[] lexiconIndices = new int[LEXICON_FEATURES];
    private final SignalDetector signals;
    private final int[] signalIndices = new int[Signal.values().length];

    /**
     * A message's features, its signals, and the positive and negative valence its lexicon words
     * carry once negation has flipped them.
     */
    public record Reading(FeatureVector vector, int signals, float positive, float negative) {}

    public Featurizer(FeatureSettings settings, SentimentLexicon lexicon, SignalDetector signals) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.signals = Objects.requireNonNull(signals, "signals");
        this.biasIndex = bucket(FeatureHashing.finish(SEED_BIAS));
        for (int i = 0; i < LEXICON_FEATURES; i++) {
            lexiconIndices[i] = bucket(FeatureHashing.finish(SEED_LEXICON + i));
        }
        for (int i = 0; i < signalIndices.length; i++) {
            signalIndices[i] = bucket(FeatureHashing.finish(SEED_SIGNAL + i));
        }
    }

    /** The featurizer of {@code lang} with its shipped lexicon and signal words. */
    public static Featurizer load(String lang, Analyzer analyzer, FeatureSettings settings) {
        return new Featurizer(
                settings,
                SentimentLexicon.load(lang, analyzer),
                new SignalDetector(SignalWords.load(lang, analyzer)));
    }

    public FeatureSettings settings() {
        return settings;
    }

    public FeatureVector features(List<Term> terms) {
        return read(terms).vector();
    }

    public Reading read(List<Term> terms) {
        // Stem, surface and bigram per word, plus bias, lexicon and signals: rarely a regrowth.
        FeatureVector v = new FeatureVector(FEATURES_PER_WORD * terms.size() + FIXED_FEATURES);
        v.add(biasIndex, 1f);
        int ngramsFrom = v.size();
        int previousStem = 0;
        boolean hasPrevious = false;
        float positive = 0;
        float negative = 0;
        boolean negation = false;
        float[] valences = lexicon.valences(terms);
        for (int i = 0; i < terms.size(); i++) {
            Term term = terms.get(i);
            String stem = term.stem();
            if (TokenTypes.isMaskedData(stem)) {
                continue;
            }
            int stemHash =
                    FeatureHashing.hash(term.negated() ? SEED_NEGATED_WORD : SEED_WORD, stem);
            v.add(bucket(FeatureHashing.finish(stemHash)), 1f);
            if (!stem.equals(term.surface())) {
                int surfaceHash =
                        FeatureHashing.hash(
                                term.negated() ? SEED_NEGATED_SURFACE : SEED_SURFACE,
                                term.surface());
                v.add(bucket(FeatureHashing.finish(surfaceHash)), 1f);
            }
            if (settings.wordBigrams() && !term.compoundPart()) {
                if (hasPrevious) {
                    int bigram = (previousStem * 31 + stemHash) ^ SEED_BIGRAM;
                    v.add(bucket(FeatureHashing.finish(bigram)), 1f);
                }
                previousStem = stemHash;
                hasPrevious = true;
            }
            negation |= term.negated();
            float valence = valences[i];
            if (term.negated()) {
                valence = -valence;
            }
            if (valence > 0) {
                positive += valence;
            } else {
                negative -= valence;
            }
        }
        normalise(v, ngramsFrom);
        if (settings.charMin() > 0) {
            int charsFrom = v.size();
            if (settings.crossWordChars()) {
                addCharNgrams(v, joinedWords(terms));
            } else {
                for (Term term : terms) {
                    if (!TokenTypes.isPlaceholder(term.surface())) {
                        addCharNgrams(v, term.surface());
                    }
                }
            }
            normalise(v, charsFrom);
        }
        if (settings.lexicon()) {
            v.add(lexiconIndices[POSITIVE_SUM], positive * LEXICON_SCALE);
            v.add(lexiconIndices[NEGATIVE_SUM], negative * LEXICON_SCALE);
            v.add(lexiconIndices[NEGATION_SEEN], negation ? 1f : 0f);
        }
        int found = signals.detect(terms, valences);
        if (settings.signals()) {
            for (Signal signal : Signal.values()) {
                if (SignalDetector.has(found, signal)) {
                    v.add(signalIndices[signal.ordinal()], 1f);
                }
            }
        }
        return new Reading(v, found, positive, negative);
    }

    /**
     * The message's words (no placeholders, punctuation or compound parts) joined by single spaces,
     * so that character n-grams also span word boundaries: {@code "t bad"} in {@code not bad}, or a
     * Turkish suffix and the particle after it ({@code "il mi"}).
     */
    private static String joinedWords(List<Term> terms) {
        StringBuilder out = new StringBuilder(INITIAL_CAPACITY);
        for (Term term : terms) {
            String s = term.surface();
            if (term.compoundPart() || TokenTypes.isPlaceholder(s) || isPunctuation(s)) {
                continue;
            }
            if (out.length() > 0) {
                out.append(WORD_BOUNDARY);
            }
            if (term.negated()) {
                out.append(NEGATED_MARK);
            }
            out.append(s);
        }
        return out.toString();
    }

    private static boolean isPunctuation(String s) {
        return !s.isEmpty() && !Character.isLetterOrDigit(s.charAt(0));
    }

    /** Scales the features from {@code from} on to unit length. */
    private static void normalise(FeatureVector v, int from) {
        int n = v.size() - from;
        if (n > 0) {
            v.scale(from, (float) (1 / Math.sqrt(n)));
        }
    }

    /** Character n-grams of " word ", so that prefixes and suffixes get their own features. */
    private void addCharNgrams(FeatureVector v, String word) {
        int n = word.length() + 2;
        for (int start = 0; start < n; start++) {
            int h = SEED_CHAR;
            for (int len = 1; len <= settings.charMax() && start + len <= n; len++) {
                h = FeatureHashing.step(h, charAt(word, start + len - 1));
                if (len >= settings.charMin()) {
                    v.add(bucket(FeatureHashing.finish(h + len)), 1f);
                }
            }
        }
    }

    private static char charAt(String word, int paddedIndex) {
        return paddedIndex == 0 || paddedIndex == word.length() + 1
                ? WORD_BOUNDARY
                : word.charAt(paddedIndex - 1);
    }

    private int bucket(int finishedHash) {
        return FeatureHashing.bucket(finishedHash, settings.hashBits());
    }
}
