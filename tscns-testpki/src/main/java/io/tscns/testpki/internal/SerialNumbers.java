package io.tscns.testpki.internal;

import java.math.BigInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Implementations of the test CA's serial-number sources. Both are lock-free and thread-safe.
 */
public final class SerialNumbers {

    private SerialNumbers() {}

    /**
     * Returns a counting source.
     *
     * @param first the first value, positive
     * @return the source
     */
    public static io.tscns.testpki.SerialNumberSource sequential(long first) {
        AtomicLong next = new AtomicLong(first);
        return () -> BigInteger.valueOf(next.getAndIncrement());
    }

    /**
     * Returns a source of 16-byte serials whose high half is a bijection of a counter, so no value repeats.
     *
     * @param seed the stream
     * @return the source
     */
    public static io.tscns.testpki.SerialNumberSource random(long seed) {
        AtomicLong counter = new AtomicLong();
        return () -> sixteenByteSerial(seed, counter.getAndIncrement());
    }

    /**
     * Returns the 16-byte positive serial at a position of a seeded stream: the high 64 bits are
     * {@link Mix64#at(long, long)} of the index (a bijection, hence unique), the low 64 bits are further
     * pseudo-random bits. The value is never zero.
     *
     * @param seed  the stream
     * @param index the position
     * @return the serial number
     */
    public static BigInteger sixteenByteSerial(long seed, long index) {
        long high = Mix64.at(seed, index);
        long low = Mix64.mix(high ^ Mix64.mix(seed + 1));
        byte[] bytes = new byte[16];
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (high >>> (56 - 8 * i));
            bytes[8 + i] = (byte) (low >>> (56 - 8 * i));
        }
        BigInteger serial = new BigInteger(1, bytes);
        return serial.signum() == 0 ? BigInteger.ONE : serial;
    }
}
