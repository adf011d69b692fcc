package io.tscns.benchmarks.auth;

import io.tscns.auth.crl.CrlLimits;
import io.tscns.auth.crl.RevocationList;
import java.math.BigInteger;
import java.security.cert.X509CRL;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One lookup by serial number in the loaded 1,000,000-entry CRL: {@link RevocationList#find} against
 * {@code X509CRL.getRevokedCertificate}. The serials cycle through 4,096 values, half of them on the list and half
 * absent, drawn across the whole population so that the lookups miss the CPU caches as real traffic would.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class CrlLookupBenchmark {

    private static final int SERIALS = 4096;

    private RevocationList tscns;
    private X509CRL jdk;
    private final BigInteger[] serials = new BigInteger[SERIALS];
    private int next;

    /**
     * Loads the CRL with both implementations and picks the serials.
     *
     * @throws Exception never for this input
     */
    @Setup
    public void setUp() throws Exception {
        tscns = RevocationList.load(NationalCrl.file(), NationalCrl.issuer(), CrlLimits.DEFAULT);
        jdk = NationalCrl.parseWithJdk();
        long stride = NationalCrl.POPULATION.size() / SERIALS;
        for (int i = 0; i < SERIALS; i++) {
            serials[i] =
                    i % 2 == 0 ? NationalCrl.POPULATION.serial(i * stride) : NationalCrl.POPULATION.absentSerial(i);
        }
    }

    /**
     * tscns: a hash probe in primitive arrays.
     *
     * @return whether the serial is listed
     */
    @Benchmark
    public boolean tscnsLookup() {
        return tscns.find(serials[next++ & (SERIALS - 1)]).isPresent();
    }

    /**
     * JDK: its map of entry objects.
     *
     * @return whether the serial is listed
     */
    @Benchmark
    public boolean jdkLookup() {
        return jdk.getRevokedCertificate(serials[next++ & (SERIALS - 1)]) != null;
    }
}
