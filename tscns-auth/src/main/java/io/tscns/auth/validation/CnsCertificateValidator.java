package io.tscns.auth.validation;

import io.tscns.auth.identity.CertificateKind;
import io.tscns.auth.identity.CnsIdentities;
import io.tscns.auth.identity.CnsIdentity;
import io.tscns.auth.identity.InvalidIdentityException;
import io.tscns.auth.internal.CertificateFields;
import io.tscns.auth.internal.Reasons;
import io.tscns.auth.revocation.FailMode;
import io.tscns.auth.revocation.RevocationChecker;
import io.tscns.auth.revocation.RevocationStatus;
import io.tscns.auth.revocation.Unavailability;
import io.tscns.auth.trust.TrustAnchors;
import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateParsingException;
import java.security.cert.PKIXCertPathValidatorResult;
import java.security.cert.PKIXParameters;
import java.security.cert.PKIXReason;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Validates a CNS login certificate and turns it into an identity (<i>verifica del certificato di autenticazione
 * CNS</i>): the chain to a trusted CNS CA at the clock's instant (the JDK's PKIX algorithm, its own revocation
 * checking off), then what PKIX does not check — the policy ({@link ValidationPolicy#acceptedKinds()}), the key
 * usage (digitalSignature, never nonRepudiation) and the extended key usage (clientAuth), the CN's form — and last
 * revocation through the configured {@link RevocationChecker}. Every problem found is reported: an expired
 * certificate of the wrong policy says both; its chain is still checked (at the last instant it was valid) so an
 * untrusted issuer is reported too.
 *
 * <p>Thread-safe.
 *
 * @since 0.1.0
 */
public final class CnsCertificateValidator implements CertificateValidator {

    private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
    private static final int DIGITAL_SIGNATURE = 0;
    private static final int NON_REPUDIATION = 1;

    private final TrustAnchors anchors;
    private final ValidationPolicy policy;
    private final Optional<RevocationChecker> revocation;
    private final Clock clock;

    /**
     * Creates a validator.
     *
     * @param anchors    the trusted CNS CAs
     * @param policy     what is accepted
     * @param revocation how revocation is checked; empty to skip it (the verdict then says it was not checked)
     * @param clock      the clock
     */
    public CnsCertificateValidator(
            TrustAnchors anchors, ValidationPolicy policy, Optional<RevocationChecker> revocation, Clock clock) {
        this.anchors = Objects.requireNonNull(anchors, "anchors");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.revocation = Objects.requireNonNull(revocation, "revocation");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Validates a certificate presented alone (the usual case: the CA is a trust anchor).
     *
     * @param certificate the holder's certificate
     * @return the verdict
     */
    @Override
    public Verdict validate(X509Certificate certificate) {
        return validate(List.of(Objects.requireNonNull(certificate, "certificate")));
    }

    /**
     * Validates a chain as the client presented it: the holder's certificate first, then any intermediate CAs; the
     * path ends at the first trust anchor in it, and whatever follows (a root) is ignored.
     *
     * @param chain the chain
     * @return the verdict
     */
    @Override
    public Verdict validate(List<X509Certificate> chain) {
        if (chain.isEmpty()) {
            return new Verdict.Rejected(List.of(new RejectionReason.NoCertificate()));
        }
        X509Certificate leaf = chain.get(0);
        Instant now = clock.instant();
        List<RejectionReason> reasons = new ArrayList<>();
        Instant pathDate = now;
        if (now.isAfter(leaf.getNotAfter().toInstant())) {
            reasons.add(new RejectionReason.Expired(leaf.getNotAfter().toInstant()));
            pathDate = leaf.getNotAfter().toInstant();
        } else if (now.isBefore(leaf.getNotBefore().toInstant())) {
            reasons.add(new RejectionReason.NotYetValid(leaf.getNotBefore().toInstant()));
            pathDate = leaf.getNotBefore().toInstant();
        }
        Optional<X509Certificate> issuer = path(chain, pathDate, reasons);
        List<String> policies = CertificateFields.policies(leaf);
        Optional<CertificateKind> kind = CertificateKind.classify(policies);
        if (kind.isEmpty() || !policy.acceptedKinds().contains(kind.get())) {
            reasons.add(new RejectionReason.WrongPolicy(policies));
        }
        keyUsage(leaf, reasons);
        if (policy.requireClientAuth()) {
            extendedKeyUsage(leaf, reasons);
        }
        CnsIdentity identity = null;
        if (kind.isPresent()) {
            try {
                identity = CnsIdentities.of(leaf);
            } catch (InvalidIdentityException e) {
                reasons.add(new RejectionReason.NoIdentity(e.problem()));
            }
        }
        if (!reasons.isEmpty()) {
            return new Verdict.Rejected(reasons);
        }
        RevocationStatus status = revocation
                .map(checker -> checker.check(leaf, issuer.orElseThrow()))
                .orElseGet(() -> new RevocationStatus.Unknown(new Unavailability.NotChecked()));
        if (status instanceof RevocationStatus.Revoked revoked) {
            return new Verdict.Rejected(
                    List.of(new RejectionReason.Revoked(revoked.source(), revoked.revocationDate(), revoked.reason())));
        }
        if (status instanceof RevocationStatus.Unknown unknown
                && revocation.isPresent()
                && policy.failMode() == FailMode.HARD) {
            return new Verdict.Rejected(List.of(new RejectionReason.RevocationUnknown(unknown.cause())));
        }
        return new Verdict.Accepted(identity, leaf, status);
    }

    /** Validates the chain with PKIX; returns the leaf's issuer certificate if the chain is valid. */
    private Optional<X509Certificate> path(List<X509Certificate> chain, Instant date, List<RejectionReason> reasons) {
        List<X509Certificate> path = new ArrayList<>();
        for (X509Certificate certificate : chain) {
            if (!path.isEmpty() && anchors.certificates().contains(certificate)) {
                break; // the path ends below its anchor; what a client sends above it (a root) is not needed
            }
            path.add(certificate);
        }
        try {
            CertPath certPath = CertificateFactory.getInstance("X.509").generateCertPath(path);
            PKIXParameters parameters = new PKIXParameters(anchors.toPkix());
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(date));
            PKIXCertPathValidatorResult result = (PKIXCertPathValidatorResult)
                    CertPathValidator.getInstance("PKIX").validate(certPath, parameters);
            return Optional.of(
                    path.size() > 1 ? path.get(1) : result.getTrustAnchor().getTrustedCert());
        } catch (CertPathValidatorException e) {
            reasons.add(reason(e, path.get(0)));
            return Optional.empty();
        } catch (InvalidAlgorithmParameterException e) {
            throw new IllegalStateException("trust anchors are never empty", e);
        } catch (GeneralSecurityException e) {
            reasons.add(new RejectionReason.InvalidChain(Reasons.of(e)));
            return Optional.empty();
        }
    }

    private static RejectionReason reason(CertPathValidatorException e, X509Certificate leaf) {
        CertPathValidatorException.Reason why = e.getReason();
        if (why == PKIXReason.NO_TRUST_ANCHOR) {
            return new RejectionReason.UntrustedIssuer(
                    leaf.getIssuerX500Principal().getName());
        }
        if (why == CertPathValidatorException.BasicReason.INVALID_SIGNATURE) {
            return new RejectionReason.BadSignature();
        }
        return new RejectionReason.InvalidChain(Reasons.of(e));
    }

    private static void keyUsage(X509Certificate leaf, List<RejectionReason> reasons) {
        boolean[] usage = leaf.getKeyUsage();
        if (usage == null || !usage[DIGITAL_SIGNATURE]) {
            reasons.add(new RejectionReason.WrongKeyUsage("digitalSignature is not set"));
        }
        if (usage != null && usage.length > NON_REPUDIATION && usage[NON_REPUDIATION]) {
            reasons.add(new RejectionReason.WrongKeyUsage("nonRepudiation is set"));
        }
    }

    private static void extendedKeyUsage(X509Certificate leaf, List<RejectionReason> reasons) {
        List<String> purposes;
        try {
            purposes = leaf.getExtendedKeyUsage();
        } catch (CertificateParsingException e) {
            reasons.add(new RejectionReason.WrongExtendedKeyUsage(List.of()));
            return;
        }
        if (purposes == null || !purposes.contains(CLIENT_AUTH)) {
            reasons.add(
                    new RejectionReason.WrongExtendedKeyUsage(purposes == null ? List.of() : List.copyOf(purposes)));
        }
    }
}
