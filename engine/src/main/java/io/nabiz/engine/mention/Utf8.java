package io.nabiz.engine.mention;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Checks that bytes are well-formed UTF-8 (Unicode, Table 3-7: no overlong forms, no surrogates,
 * nothing above U+10FFFF), accepting exactly what the JDK's decoder accepts with malformed input
 * reported, without decoding into a buffer.
 */
final class Utf8 {

    private Utf8() {}

    /** Eight bytes at a time, in the order of the array. */
    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private static final long HIGH_BITS = 0x8080808080808080L;

    static boolean isValid(byte[] b) {
        int i = 0;
        int n = b.length;
        while (i < n) {
            // Most of a JSON record is ASCII: eight bytes with no high bit are eight characters.
            while (i + Long.BYTES <= n && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
                i += Long.BYTES;
            }
            if (i == n) {
                break;
            }
            int c = b[i];
            if (c >= 0) {
                i++;
                continue;
            }
            c &= 0xff;
            if (c >= 0xc2 && c <= 0xdf) {
                if (!continuation(b, i + 1, n)) {
                    return false;
                }
                i += 2;
            } else if (c >= 0xe0 && c <= 0xef) {
                if (i + 2 >= n || !continuation(b, i + 2, n)) {
                    return false;
                }
                int c1 = b[i + 1] & 0xff;
                int lo = c == 0xe0 ? 0xa0 : 0x80;
                int hi = c == 0xed ? 0x9f : 0xbf;
                if (c1 < lo || c1 > hi) {
                    return false;
                }
                i += 3;
            } else if (c >= 0xf0 && c <= 0xf4) {
                if (i + 3 >= n || !continuation(b, i + 2, n) || !continuation(b, i + 3, n)) {
                    return false;
                }
                int c1 = b[i + 1] & 0xff;
                int lo = c == 0xf0 ? 0x90 : 0x80;
                int hi = c == 0xf4 ? 0x8f : 0xbf;
                if (c1 < lo || c1 > hi) {
                    return false;
                }
                i += 4;
            } else {
                return false;
            }
        }
        return true;
    }

    private static boolean continuation(byte[] b, int i, int n) {
        return i < n && (b[i] & 0xc0) == 0x80;
    }
}
