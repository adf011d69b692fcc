package io.tscns.testpki;

import io.tscns.testpki.internal.SerialNumbers;
import java.math.BigInteger;

/**
 * Where a test CA takes the serial numbers (<i>numeri di serie</i>) of the certificates it issues when the
 * specification does not fix one. Implementations must be thread-safe and must not repeat a number.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface SerialNumberSource {

    /**
     * Returns the next serial number.
     *
     * @return a positive number never returned before by this source
     */
    BigInteger next();

    /**
     * Returns a source counting up from {@code first}: 1, 2, 3… Handy when a test wants to read serials at a glance.
     *
     * @param first the first serial number, positive
     * @return the source
     * @throws TestPkiException with {@link TestPkiException.Reason#INVALID_SPEC} if {@code first} is not positive
     */
    static SerialNumberSource sequential(long first) {
        if (first < 1) {
            throw TestPkiException.invalid("the first serial number must be positive, found " + first);
        }
        return SerialNumbers.sequential(first);
    }

    /**
     * Returns a source of 16-byte pseudo-random positive serial numbers, like those of a production CA
     * (RFC 5280 §4.1.2.2 allows up to 20 octets), reproducible from the seed and unique by construction: the high
     * 64 bits are a bijection of a counter.
     *
     * @param seed any value; the same seed gives the same sequence
     * @return the source
     */
    static SerialNumberSource random(long seed) {
        return SerialNumbers.random(seed);
    }
}
