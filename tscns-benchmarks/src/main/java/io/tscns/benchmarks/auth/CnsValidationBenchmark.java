package io.tscns.benchmarks.auth;

import io.tscns.auth.crl.CrlLimits;
import io.tscns.auth.crl.RevocationList;
import io.tscns.auth.revocation.CrlRevocationChecker;
import io.tscns.auth.revocation.FreshnessPolicy;
import io.tscns.auth.trust.TrustAnchors;
import io.tscns.auth.validation.CnsCertificateValidator;
import io.tscns.auth.validation.ValidationPolicy;
import io.tscns.auth.validation.Verdict;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertStore;
import java.security.cert.CertificateFactory;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXCertPathValidatorResult;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
 * Full validations of a CNS certificate per second against the same 1,000,000-entry CRL: tscns's
 * {@link CnsCertificateValidator} (PKIX chain, policy, key usage, EKU, identity, CRL lookup) against the JDK's PKIX
 * {@code CertPathValidator} with revocation checking on and the same CRL in a {@code CertStore} (chain and CRL only:
 * it checks neither the CNS policy nor the EKU). The certificate is not revoked, so both consult the whole CRL.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class CnsValidationBenchmark {

    private CnsCertificateValidator tscns;
    private X509Certificate certificate;
    private CertPath path;
    private PKIXParameters jdk;

    /**
     * Loads the CRL into both validators.
     *
     * @throws Exception never for this input
     */
    @Setup
    public void setUp() throws Exception {
        X509Certificate ca = NationalCrl.issuer();
        certificate = NationalCrl.holder().certificate();
        Clock clock = Clock.fixed(NationalCrl.NOW, ZoneOffset.UTC);
        CrlRevocationChecker crls =
                new CrlRevocationChecker(Optional.empty(), FreshnessPolicy.DEFAULT, clock, CrlLimits.DEFAULT);
        crls.put(RevocationList.load(NationalCrl.file(), ca, CrlLimits.DEFAULT), ca);
        tscns = new CnsCertificateValidator(
                TrustAnchors.of(List.of(ca)), ValidationPolicy.DEFAULT, Optional.of(crls), clock);

        X509CRL crl = NationalCrl.parseWithJdk();
        path = CertificateFactory.getInstance("X.509").generateCertPath(List.of(certificate));
        jdk = new PKIXParameters(Set.of(new TrustAnchor(ca, null)));
        jdk.setRevocationEnabled(true);
        jdk.setDate(Date.from(NationalCrl.NOW));
        jdk.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(List.of(crl))));
        if (!(tscns.validate(certificate) instanceof Verdict.Accepted)) {
            throw new IllegalStateException("the benchmark certificate must be valid");
        }
        jdkValidate();
    }

    /**
     * tscns: one full validation.
     *
     * @return the verdict
     */
    @Benchmark
    public Verdict tscnsValidate() {
        return tscns.validate(certificate);
    }

    /**
     * JDK PKIX with the CRL.
     *
     * @return the result
     * @throws Exception if the path is invalid (never here)
     */
    @Benchmark
    public PKIXCertPathValidatorResult jdkValidate() throws Exception {
        return (PKIXCertPathValidatorResult)
                CertPathValidator.getInstance("PKIX").validate(path, jdk);
    }
}
