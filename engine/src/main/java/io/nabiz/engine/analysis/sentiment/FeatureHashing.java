package io.nabiz.engine.analysis.sentiment;

/**
 * The hash functions that map features to weight buckets: FNV-1a over chars, finished with
 * MurmurHash3's avalanche so that the top bits, which pick the bucket, are well mixed.
 */
public final class FeatureHashing {

    private static final int FNV_PRIME = 0x01000193;

    private FeatureHashing() {}

    /** One step of FNV-1a. */
    public static int step(int h, char c) {
        return (h ^ c) * FNV_PRIME;
    }

    public static int hash(int seed, CharSequence s) {
        int h = seed;
        for (int i = 0; i < s.length(); i++) {
            h = step(h, s.charAt(i));
        }
        return h;
    }

    /** MurmurHash3's 32-bit finaliser. */
    public static int finish(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }

    /** The bucket among {@code 2^bits} for a finished hash. */
    public static int bucket(int finishedHash, int bits) {
        return finishedHash >>> (Integer.SIZE - bits);
    }
}
