package org.neurocegis.search;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How an Int lives in a value vector: exactly. A long whose two top bits agree (a value in [-2^62, 2^62)) is the
 * number itself; any other number is interned and stored as {@code 2^62 + its index}, a long whose two top bits
 * differ. Each number has one encoding, so equal values are equal longs, and the kernels' fast path only has to
 * check that its operands and result are direct.
 */
final class ExactInts {
    private static final long TAG = 1L << 62;
    private static final Map<BigInteger, Long> INDEX = new HashMap<>();
    private static final List<BigInteger> VALUES = new ArrayList<>();

    private ExactInts() {}

    /** Whether an encoded value is the number itself (else it is an interned index). */
    static boolean direct(long encoded) {
        return (encoded ^ (encoded << 1)) >= 0;
    }

    /** Whether both encoded values are direct. */
    static boolean direct(long a, long b) {
        return ((a ^ (a << 1)) | (b ^ (b << 1))) >= 0;
    }

    static long encode(long value) {
        return direct(value) ? value : encode(BigInteger.valueOf(value));
    }

    static long encode(BigInteger value) {
        if (value.bitLength() <= 62) return value.longValue();
        synchronized (INDEX) {
            Long known = INDEX.get(value);
            if (known != null) return known;
            long code = TAG | VALUES.size();
            VALUES.add(value);
            INDEX.put(value, code);
            return code;
        }
    }

    static BigInteger value(long encoded) {
        if (direct(encoded)) return BigInteger.valueOf(encoded);
        synchronized (INDEX) {
            return VALUES.get((int) (encoded & ~TAG));
        }
    }

    static int compare(long a, long b) {
        return direct(a, b) ? Long.compare(a, b) : value(a).compareTo(value(b));
    }
}
