package io.nabiz.engine.window;

import java.util.Arrays;
import java.util.List;

/**
 * Which near-duplicate key each of a window's sample slots holds, for finding a mention's group
 * without making a string of its key: the key is written into a reused buffer and compared with the
 * slots' keys, and a string is made only for a key that starts a group. A window keeps at most
 * {@link WindowStatsAccumulator#MAX_SAMPLE_GROUPS} groups, so a scan of their hashes is cheaper
 * than hashing into a map.
 *
 * <p>Looks up as a map from key to the last slot put under it would: a slot whose key a later slot
 * also holds (only in state written before samples were grouped) is not found, and dropping such a
 * slot's key drops the later slot's.
 */
final class SampleGroups {

    /** The key buffer of this thread: one per thread, since accumulators are used by one. */
    private static final ThreadLocal<StringBuilder> KEY =
            ThreadLocal.withInitial(() -> new StringBuilder(256));

    private String[] keys;
    private int[] hashes;

    /** The groups of {@code samples}, slot by slot. */
    SampleGroups(List<Sample> samples) {
        int capacity = Math.max(samples.size(), WindowStatsAccumulator.MAX_SAMPLE_GROUPS);
        keys = new String[capacity];
        hashes = new int[capacity];
        for (int i = 0; i < samples.size(); i++) {
            String key = Sample.nearDuplicateKey(samples.get(i).text());
            int earlier = find(key, key.hashCode(), i);
            if (earlier >= 0) {
                keys[earlier] = null;
            }
            set(i, key);
        }
    }

    /** Writes the key of {@code text} into this thread's buffer and returns the buffer. */
    static StringBuilder keyOf(String text) {
        StringBuilder key = KEY.get();
        Sample.nearDuplicateKey(text, key);
        return key;
    }

    static int hash(CharSequence key) {
        int h = 0;
        for (int i = 0; i < key.length(); i++) {
            h = 31 * h + key.charAt(i);
        }
        return h; // String.hashCode's
    }

    /** The slot among the first {@code slots} holding {@code key}, or -1. */
    int find(CharSequence key, int hash, int slots) {
        for (int i = 0; i < slots; i++) {
            if (hashes[i] == hash && keys[i] != null && keys[i].contentEquals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** Puts {@code key} in {@code slot}, dropping the key the slot's sample had. */
    void replace(int slot, Sample old, CharSequence key, int slots) {
        if (keys[slot] == null) {
            // The old sample's key was a later slot's too: as a map would, drop it there.
            String oldKey = Sample.nearDuplicateKey(old.text());
            int later = find(oldKey, oldKey.hashCode(), slots);
            if (later >= 0) {
                keys[later] = null;
            }
        }
        set(slot, key.toString());
    }

    void set(int slot, String key) {
        if (slot >= keys.length) {
            keys = Arrays.copyOf(keys, keys.length * 2);
            hashes = Arrays.copyOf(hashes, hashes.length * 2);
        }
        keys[slot] = key;
        hashes[slot] = key.hashCode();
    }
}
