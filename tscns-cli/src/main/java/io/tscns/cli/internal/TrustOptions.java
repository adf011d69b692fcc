package io.tscns.cli.internal;

import io.tscns.auth.crl.CrlLimits;
import io.tscns.auth.crl.CrlProblem;
import io.tscns.auth.crl.InvalidCrlException;
import io.tscns.auth.crl.RevocationList;
import io.tscns.auth.revocation.CrlRevocationChecker;
import io.tscns.auth.revocation.FreshnessPolicy;
import io.tscns.auth.revocation.RevocationChecker;
import io.tscns.auth.trust.TrustAnchors;
import io.tscns.auth.trust.TrustedListReader;
import io.tscns.auth.validation.CnsCertificateValidator;
import io.tscns.auth.validation.ValidationPolicy;
import io.tscns.auth.validation.Verdict;
import io.tscns.cli.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * Where trust comes from for {@code cert verify} and {@code read --trust} (<i>fonti di fiducia</i>): a directory of
 * CA certificates, one CA certificate, or an ETSI trusted list whose signer is pinned; and CRL files, each checked
 * against the CA that signed it. Nothing is fetched: the check is offline.
 */
public final class TrustOptions {

    @Option(
            names = "--trust",
            required = true,
            paramLabel = "DIR|TSL.xml|CA",
            description = "The trusted CNS CAs: a directory of certificates (PEM or DER), a trusted list (.xml, with "
                    + "--tsl-signer), or one CA certificate.")
    private Path trust;

    @Option(
            names = "--tsl-signer",
            paramLabel = "CERT",
            description = "The certificate that must have signed the trusted list given to --trust.")
    private Path tslSigner;

    @Option(
            names = "--crl",
            paramLabel = "FILE",
            description = "A DER CRL of one of the trusted CAs; repeat for several. Without it revocation is not "
                    + "checked and the verdict says so.")
    private List<Path> crls = List.of();

    /**
     * Validates a CNS login certificate as a service provider does, with tscns-auth's {@link CnsCertificateValidator}
     * and its default policy: the chain to a trusted CA, the policy, key usage and clientAuth, the CN, and
     * revocation against the CRLs given (without a CRL revocation is not checked, and the verdict says so).
     *
     * @param certificate the certificate
     * @param clock       the clock the certificate, the trusted list and the CRLs are judged at
     * @return the verdict
     */
    public Verdict validate(X509Certificate certificate, Clock clock) {
        TrustAnchors anchors = anchors(clock);
        Optional<RevocationChecker> revocation = Optional.empty();
        if (!crls.isEmpty()) {
            CrlRevocationChecker checker =
                    new CrlRevocationChecker(Optional.empty(), FreshnessPolicy.DEFAULT, clock, CrlLimits.DEFAULT);
            for (Path crl : crls) {
                Loaded loaded = load(crl, anchors.certificates());
                checker.put(loaded.list(), loaded.issuer());
            }
            revocation = Optional.of(checker);
        }
        return new CnsCertificateValidator(anchors, ValidationPolicy.DEFAULT, revocation, clock).validate(certificate);
    }

    /**
     * Loads the trust anchors.
     *
     * @param clock the clock a trusted list is judged at
     * @return the anchors
     */
    private TrustAnchors anchors(Clock clock) {
        if (Files.isDirectory(trust)) {
            return TrustAnchors.fromDirectory(trust);
        }
        if (trust.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml")) {
            if (tslSigner == null) {
                throw new CliFailure(
                        ExitCode.USAGE,
                        "a trusted list is believed only if its signer is pinned: pass "
                                + "--tsl-signer with the signer's certificate");
            }
            byte[] xml = InputFiles.read(trust, TrustedListReader.MAX_BYTES, "trusted list");
            return new TrustedListReader(Set.of(InputFiles.certificate(tslSigner)), clock, Duration.ZERO)
                    .read(xml)
                    .toTrustAnchors();
        }
        return TrustAnchors.of(List.of(InputFiles.certificate(trust)));
    }

    /**
     * Loads a CRL, verifying it with whichever of the candidate CAs issued it.
     *
     * @param file       the CRL
     * @param candidates the CAs that may have issued it
     * @return the CRL and its issuer
     * @throws InvalidCrlException if the CRL is malformed or its signature does not verify, or no candidate issued
     *                             it
     */
    public static Loaded load(Path file, List<X509Certificate> candidates) {
        InvalidCrlException wrongIssuer = null;
        for (X509Certificate issuer : candidates) {
            try {
                return new Loaded(RevocationList.load(file, issuer, CrlLimits.DEFAULT), issuer);
            } catch (InvalidCrlException e) {
                if (!(e.problem() instanceof CrlProblem.WrongIssuer)) {
                    throw e;
                }
                wrongIssuer = e;
            }
        }
        throw Optional.ofNullable(wrongIssuer)
                .orElseThrow(() -> new CliFailure(
                        ExitCode.USAGE,
                        "no CA certificate was given to check the CRL " + InputFiles.printable(file) + " with"));
    }

    /**
     * A CRL and the CA that signed it.
     *
     * @param list   the CRL
     * @param issuer the CA
     */
    public record Loaded(RevocationList list, X509Certificate issuer) {}
}
