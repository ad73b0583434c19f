package io.nabiz.engine.analysis.sentiment;

/**
 * How texts become feature vectors; stored with each trained model, because the model is only valid
 * with the featurizer it was trained with.
 *
 * @param hashBits weight buckets = 2^hashBits
 * @param charMin shortest character n-gram, 0 for none
 * @param charMax longest character n-gram
 * @param crossWordChars whether character n-grams run over the whole message, across word
 *     boundaries, rather than within each word
 * @param wordBigrams whether adjacent stems form bigram features
 * @param lexicon whether the sentiment lexicon contributes polarity-sum features
 * @param signals whether the message's signals (question, request, resolution, …) are features
 */
public record FeatureSettings(
        int hashBits,
        int charMin,
        int charMax,
        boolean crossWordChars,
        boolean wordBigrams,
        boolean lexicon,
        boolean signals) {

    public static final int MIN_BITS = 10;
    public static final int MAX_BITS = 24;

    public FeatureSettings {
        if (hashBits < MIN_BITS || hashBits > MAX_BITS) {
            throw new IllegalArgumentException("hashBits must be in " + MIN_BITS + ".." + MAX_BITS);
        }
        if (charMin < 0 || (charMin > 0 && charMax < charMin)) {
            throw new IllegalArgumentException("need 0 <= charMin <= charMax");
        }
    }

    public int buckets() {
        return 1 << hashBits;
    }
}
