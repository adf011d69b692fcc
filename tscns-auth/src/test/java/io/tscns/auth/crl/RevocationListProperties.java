package io.tscns.auth.crl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.auth.AuthFixtures;
import io.tscns.testpki.CrlReason;
import io.tscns.testpki.RevokedCertificate;
import io.tscns.testpki.TestCa;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.math.BigInteger;
import java.security.cert.CRLReason;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The streaming CRL reader: round trip, typed errors only on any input, bounded memory. */
class RevocationListProperties {

    private static final TestCa CA = AuthFixtures.toscana();
    private static final X509Certificate ISSUER = CA.certificate();
    private static final byte[] SIGNED = CA.signCrl(CA.crl()
            .entries(List.of(
                    RevokedCertificate.of(BigInteger.valueOf(77), AuthFixtures.NOW, CrlReason.KEY_COMPROMISE),
                    RevokedCertificate.of(BigInteger.ONE.shiftLeft(100), AuthFixtures.NOW, CrlReason.SUPERSEDED)))
            .build());

    @Provide
    Arbitrary<RevokedCertificate> entries() {
        Arbitrary<BigInteger> serials = Arbitraries.bigIntegers()
                .between(BigInteger.ONE.shiftLeft(170).negate(), BigInteger.ONE.shiftLeft(170));
        Arbitrary<Instant> dates =
                Arbitraries.longs().between(-600_000_000L, 4_000_000_000L).map(Instant::ofEpochSecond);
        Arbitrary<Optional<CrlReason>> reasons = Arbitraries.of(CrlReason.class)
                .filter(r -> r != CrlReason.REMOVE_FROM_CRL)
                .optional();
        Arbitrary<Optional<Instant>> invalidity = dates.optional();
        return Combinators.combine(serials, dates, reasons, invalidity).as(RevokedCertificate::new);
    }

    /** Each try signs a CRL with RSA-2048, so fewer tries than the default keep the suite fast. */
    @Property(tries = 200)
    void everyEntryWrittenIsFoundAsWritten(
            @ForAll @Size(max = 40) List<@From("entries") RevokedCertificate> entries, @ForAll long probe) {
        Map<BigInteger, RevokedCertificate> unique = new LinkedHashMap<>();
        entries.forEach(e -> unique.put(e.serialNumber(), e));
        RevocationList list = RevocationList.load(
                CA.signCrl(CA.crl().entries(List.copyOf(unique.values())).build()), ISSUER);
        assertEquals(unique.size(), list.size());
        for (RevokedCertificate expected : unique.values()) {
            RevokedEntry found = list.find(expected.serialNumber()).orElseThrow();
            assertEquals(expected.revocationDate(), found.revocationDate());
            assertEquals(expected.reason().map(r -> CRLReason.values()[r.code()]), found.reason());
            assertEquals(expected.invalidityDate(), found.invalidityDate());
        }
        BigInteger absent = BigInteger.valueOf(probe);
        assertEquals(unique.containsKey(absent), list.find(absent).isPresent());
    }

    @Property
    void arbitraryBytesYieldOnlyTheTypedError(@ForAll @Size(max = 600) byte[] bytes) {
        assertThrows(InvalidCrlException.class, () -> RevocationList.load(bytes, ISSUER));
    }

    @Property
    void arbitraryBytesBehindAValidHeaderYieldOnlyTheTypedError(
            @ForAll @Size(max = 600) byte[] tail, @ForAll @IntRange(min = 0, max = 200) int keep) {
        byte[] prefix = Arrays.copyOf(SIGNED, Math.min(keep, SIGNED.length));
        byte[] input = Arrays.copyOf(prefix, prefix.length + tail.length);
        System.arraycopy(tail, 0, input, prefix.length, tail.length);
        assertThrows(InvalidCrlException.class, () -> RevocationList.load(input, ISSUER));
    }

    @Property
    void everySingleByteChangeOfASignedCrlIsRefused(
            @ForAll @IntRange(min = 0, max = 100_000) int where, @ForAll @IntRange(min = 1, max = 255) int xor) {
        byte[] changed = SIGNED.clone();
        changed[where % changed.length] ^= (byte) xor;
        assertThrows(InvalidCrlException.class, () -> RevocationList.load(changed, ISSUER));
    }

    @Property
    void everyTruncationIsRefused(@ForAll @IntRange(min = 0, max = 100_000) int length) {
        byte[] truncated = Arrays.copyOf(SIGNED, length % SIGNED.length);
        InvalidCrlException e = assertThrows(InvalidCrlException.class, () -> RevocationList.load(truncated, ISSUER));
        assertTrue(e.problem() instanceof CrlProblem.Truncated, e.getMessage());
    }

    /**
     * Lengths claiming up to 2 GiB at every level allocate nothing in proportion: the reader's fixed buffer and a
     * few small arrays, well under 4 MB per load, whatever the claim.
     */
    @Property(tries = 300)
    void claimedLengthsNeverDriveAllocation(
            @ForAll @IntRange(min = 0x80, max = 0x7FFF_FFFF) int claim, @ForAll @Size(max = 64) byte[] tail) {
        byte[] length = {(byte) 0x84, (byte) (claim >>> 24), (byte) (claim >>> 16), (byte) (claim >>> 8), (byte) claim};
        byte[] input = new byte[2 * (1 + length.length) + tail.length];
        input[0] = 0x30;
        System.arraycopy(length, 0, input, 1, length.length);
        input[6] = 0x30;
        System.arraycopy(length, 0, input, 7, length.length);
        System.arraycopy(tail, 0, input, 12, tail.length);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        assertThrows(
                InvalidCrlException.class,
                () -> RevocationList.load(new ByteArrayInputStream(input), ISSUER, CrlLimits.DEFAULT));
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(allocated < 4_000_000, "allocated " + allocated + " bytes for a claim of " + claim);
    }
}
