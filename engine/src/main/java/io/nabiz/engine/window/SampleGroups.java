package io.nabiz.engine.window;

import java.util.Arrays;
import java.util.List;

/**
 * Which near-duplicate group each of a window's sample slots holds, by the hash of the group's key
 * ({@link Sample#nearDuplicateHash}): a mention's hash is computed once when it is analysed, and a
 * window finds its group by comparing longs. A window keeps at most {@link
 * WindowStatsAccumulator#MAX_SAMPLE_GROUPS} groups, so a scan is cheaper than hashing into a map.
 *
 * <p>Looks up as a map from key to the last slot put under it would: a slot whose key a later slot
 * also holds (only in state written before samples were grouped) is not found, and dropping such a
 * slot's key drops the later slot's.
 */
final class SampleGroups {

    private static final int INITIAL_CAPACITY = 4;

    private long[] keys;

    /** Slots whose key a later slot holds too: never found. */
    private boolean[] shadowed;

    /** The groups of {@code samples}, slot by slot. */
    SampleGroups(List<Sample> samples) {
        // Most windows of a long tail of keys hold a group or two: room grows with the groups.
        int capacity = Math.max(samples.size(), INITIAL_CAPACITY);
        keys = new long[capacity];
        shadowed = new boolean[capacity];
        for (int i = 0; i < samples.size(); i++) {
            long key = Sample.nearDuplicateHash(samples.get(i).text());
            int earlier = find(key, i);
            if (earlier >= 0) {
                shadowed[earlier] = true;
            }
            set(i, key);
        }
    }

    private SampleGroups(long[] keys, boolean[] shadowed) {
        this.keys = keys;
        this.shadowed = shadowed;
    }

    /** The same groups, changed apart from these from now on. */
    SampleGroups copy() {
        return new SampleGroups(keys.clone(), shadowed.clone());
    }

    /** The slot among the first {@code slots} holding {@code key}, or -1. */
    int find(long key, int slots) {
        for (int i = 0; i < slots; i++) {
            if (keys[i] == key && !shadowed[i]) {
                return i;
            }
        }
        return -1;
    }

    /** Puts {@code key} in {@code slot}, dropping the key the slot's sample had. */
    void replace(int slot, Sample old, long key, int slots) {
        if (shadowed[slot]) {
            // The old sample's key was a later slot's too: as a map would, drop it there.
            int later = find(Sample.nearDuplicateHash(old.text()), slots);
            if (later >= 0) {
                shadowed[later] = true;
            }
        }
        set(slot, key);
    }

    void set(int slot, long key) {
        if (slot >= keys.length) {
            keys = Arrays.copyOf(keys, keys.length * 2);
            shadowed = Arrays.copyOf(shadowed, shadowed.length * 2);
        }
        keys[slot] = key;
        shadowed[slot] = false;
    }
}
