package io.nabiz.jobs.serde;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.flink.core.memory.DataInputView;

/**
 * One instance for each of the strings that repeat across records — terms, cues, languages — as
 * they are read from the wire or from state.
 *
 * <p>Every open window holds its terms, and the rule operator holds each pending window's top
 * terms: with many keys that was millions of strings for a vocabulary of thousands of words, the
 * largest part of the heap per key. A small direct-mapped cache per thread (a slot per hash, the
 * newest string wins a slot) makes repeated words share one instance without any lock or unbounded
 * table; a word that lost its slot is only a duplicate, never a wrong string. Read as UTF-8 ({@link
 * BinaryFields#writeUtf8}), a word already cached makes no new string at all.
 */
final class CanonicalStrings {

    private static final int SLOTS = 1 << 14;

    /** Longer strings (in chars, or in UTF-8 bytes) are hardly ever repeated words. */
    private static final int MAX_LENGTH = 48;

    private static final ThreadLocal<CanonicalStrings> PER_THREAD =
            ThreadLocal.withInitial(CanonicalStrings::new);

    private final String[] strings = new String[SLOTS];

    /** The UTF-8 bytes of each slot's string, for strings read as bytes. */
    private final byte[][] utf8 = new byte[SLOTS][];

    private final byte[] buffer = new byte[MAX_LENGTH];

    private CanonicalStrings() {}

    /** {@code s}, or an equal string read before on this thread. */
    static String of(String s) {
        if (s == null || s.length() > MAX_LENGTH) {
            return s;
        }
        CanonicalStrings cache = PER_THREAD.get();
        int slot = slot(s.hashCode());
        String cached = cache.strings[slot];
        if (s.equals(cached)) {
            return cached;
        }
        cache.strings[slot] = s;
        cache.utf8[slot] = null;
        return s;
    }

    /** As {@link BinaryFields#readUtf8} reads, an equal string read before where there is one. */
    static String readUtf8(DataInputView in) throws IOException {
        int n = BinaryFields.readUtf8Length(in);
        if (n < 0) {
            return null;
        }
        return n > MAX_LENGTH ? BinaryFields.readUtf8(in, n) : PER_THREAD.get().read(in, n);
    }

    private String read(DataInputView in, int n) throws IOException {
        in.readFully(buffer, 0, n);
        int h = 1;
        for (int i = 0; i < n; i++) {
            h = 31 * h + buffer[i];
        }
        int slot = slot(h);
        byte[] cached = utf8[slot];
        if (cached != null && Arrays.equals(cached, 0, cached.length, buffer, 0, n)) {
            return strings[slot];
        }
        byte[] bytes = Arrays.copyOf(buffer, n);
        String s = new String(bytes, StandardCharsets.UTF_8);
        strings[slot] = s;
        utf8[slot] = bytes;
        return s;
    }

    private static int slot(int h) {
        return (h ^ (h >>> 16)) & (SLOTS - 1);
    }
}
