package io.nabiz.engine.analysis.sentiment;

import java.util.Arrays;

/** A sparse feature vector: weight-bucket indices with their values; repeats add up. */
public final class FeatureVector {

    private int[] indices;
    private float[] values;
    private int size;

    public FeatureVector(int capacity) {
        indices = new int[capacity];
        values = new float[capacity];
    }

    public void add(int index, float value) {
        if (size == indices.length) {
            indices = Arrays.copyOf(indices, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        indices[size] = index;
        values[size] = value;
        size++;
    }

    /** Multiplies the values from {@code from} on by {@code factor}. */
    void scale(int from, float factor) {
        for (int i = from; i < size; i++) {
            values[i] *= factor;
        }
    }

    public int size() {
        return size;
    }

    public int index(int i) {
        return indices[i];
    }

    public float value(int i) {
        return values[i];
    }

    /** A copy trimmed to its size, for keeping many vectors in memory during training. */
    public FeatureVector compact() {
        FeatureVector copy = new FeatureVector(Math.max(1, size));
        System.arraycopy(indices, 0, copy.indices, 0, size);
        System.arraycopy(values, 0, copy.values, 0, size);
        copy.size = size;
        return copy;
    }

    /** The vector as sorted (index, summed value) pairs: equal for texts with the same features. */
    public String canonical() {
        java.util.TreeMap<Integer, Float> sums = new java.util.TreeMap<>();
        for (int i = 0; i < size; i++) {
            sums.merge(indices[i], values[i], Float::sum);
        }
        return sums.toString();
    }
}
