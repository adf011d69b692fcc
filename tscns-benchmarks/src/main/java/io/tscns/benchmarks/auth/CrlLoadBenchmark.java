package io.tscns.benchmarks.auth;

import io.tscns.auth.crl.CrlLimits;
import io.tscns.auth.crl.RevocationList;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
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
 * Loading the 1,000,000-entry CRL from its file and verifying its signature: {@link RevocationList#load} against
 * the JDK's {@code CertificateFactory.generateCRL} followed by {@code X509CRL.verify}, which is what a user would
 * otherwise write.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 8)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class CrlLoadBenchmark {

    private Path file;
    private X509Certificate issuer;

    /** Writes the CRL. */
    @Setup
    public void setUp() {
        file = NationalCrl.file();
        issuer = NationalCrl.issuer();
    }

    /**
     * tscns: stream, verify, index.
     *
     * @return the list
     */
    @Benchmark
    public RevocationList tscnsLoadAndVerify() {
        return RevocationList.load(file, issuer, CrlLimits.DEFAULT);
    }

    /**
     * JDK: parse into objects, then verify.
     *
     * @return the CRL
     * @throws Exception never for this input
     */
    @Benchmark
    public X509CRL jdkLoadAndVerify() throws Exception {
        X509CRL crl = NationalCrl.parseWithJdk();
        crl.verify(issuer.getPublicKey());
        return crl;
    }
}
