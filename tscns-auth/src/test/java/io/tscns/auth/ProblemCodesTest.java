package io.tscns.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.auth.cert.CertificateProblem;
import io.tscns.auth.cert.InvalidCertificateException;
import io.tscns.auth.crl.CrlProblem;
import io.tscns.auth.crl.InvalidCrlException;
import io.tscns.auth.identity.IdentityProblem;
import io.tscns.auth.identity.InvalidIdentityException;
import io.tscns.auth.revocation.RevocationStatus;
import io.tscns.auth.revocation.Unavailability;
import io.tscns.auth.trust.InvalidTrustException;
import io.tscns.auth.trust.TrustProblem;
import io.tscns.auth.validation.RejectionReason;
import io.tscns.core.Problem;
import io.tscns.core.person.CodiceFiscaleProblem;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The problem codes of tscns-auth are frozen: clients store them. Each family lists one instance of every record
 * with its code; a renamed record or a changed code fails here. Every exception returns the problem it carries.
 */
class ProblemCodesTest {

    private static final Instant T = Instant.EPOCH;

    private static Map<Class<?>, Map<Problem, String>> families() {
        Map<Class<?>, Map<Problem, String>> families = new LinkedHashMap<>();
        families.put(
                CrlProblem.class,
                codes(
                        new CrlProblem.Truncated(1, "x"), "truncated",
                        new CrlProblem.Malformed(1, "x"), "malformed",
                        new CrlProblem.TooLarge(1, "x"), "too-large",
                        new CrlProblem.UnsupportedSignatureAlgorithm("1.2"), "unsupported-signature-algorithm",
                        new CrlProblem.AlgorithmMismatch(), "algorithm-mismatch",
                        new CrlProblem.BadSignature("CA"), "bad-signature",
                        new CrlProblem.WrongIssuer("A", "B"), "wrong-issuer",
                        new CrlProblem.IssuerCannotSignCrls("CA"), "issuer-cannot-sign-crls",
                        new CrlProblem.UnknownCriticalExtension("1.2", false), "unknown-critical-extension",
                        new CrlProblem.UnsupportedFeature("x"), "unsupported-feature",
                        new CrlProblem.DeltaMismatch("x"), "delta-mismatch",
                        new CrlProblem.ReadFailed("x"), "read-failed"));
        families.put(
                CertificateProblem.class,
                codes(
                        new CertificateProblem.TooLarge(2, 1), "too-large",
                        new CertificateProblem.Truncated(1), "truncated",
                        new CertificateProblem.NotDer(1, "x"), "not-der",
                        new CertificateProblem.NotPem("x"), "not-pem",
                        new CertificateProblem.NotX509("x"), "not-x509"));
        families.put(
                IdentityProblem.class,
                codes(
                        new IdentityProblem.AttributeCount("CN", 0),
                        "attribute-count",
                        new IdentityProblem.MalformedCommonName("x"),
                        "malformed-common-name",
                        new IdentityProblem.InvalidCodiceFiscale(new CodiceFiscaleProblem.WrongLength(3)),
                        "invalid-codice-fiscale",
                        new IdentityProblem.InvalidCardId(new io.tscns.core.card.CardIdentifierProblem.WrongLength(
                                io.tscns.core.card.CardIdentifierKind.CARD_ID, 3)),
                        "invalid-card-id",
                        new IdentityProblem.NoKnownPolicy(),
                        "no-known-policy"));
        families.put(
                TrustProblem.class,
                codes(
                        new TrustProblem.Unreadable("f", "x"), "unreadable",
                        new TrustProblem.BadCertificate("f", new CertificateProblem.Truncated(1)), "bad-certificate",
                        new TrustProblem.NotACa("CA"), "not-a-ca",
                        new TrustProblem.NoAnchors("f"), "no-anchors",
                        new TrustProblem.NotXml("x"), "not-xml",
                        new TrustProblem.Unsigned(), "unsigned",
                        new TrustProblem.BadSignature("x"), "bad-signature",
                        new TrustProblem.UntrustedSigner("x"), "untrusted-signer",
                        new TrustProblem.BadElement("e", "x"), "bad-element",
                        new TrustProblem.Expired(T), "expired"));
        families.put(
                Unavailability.class,
                codes(
                        new Unavailability.NoLocation("CRL"), "no-location",
                        new Unavailability.FetchFailed("u", "x"), "fetch-failed",
                        new Unavailability.InvalidData("CRL", "x"), "invalid-data",
                        new Unavailability.Stale("CRL", T), "stale",
                        new Unavailability.NotChecked(), "not-checked",
                        new Unavailability.UnknownToResponder(), "unknown-to-responder"));
        families.put(
                RejectionReason.class,
                codes(
                        new RejectionReason.NoCertificate(),
                        "no-certificate",
                        new RejectionReason.UntrustedProxy("a"),
                        "untrusted-proxy",
                        new RejectionReason.UnreadableCertificate(new CertificateProblem.Truncated(1)),
                        "unreadable-certificate",
                        new RejectionReason.Expired(T),
                        "expired",
                        new RejectionReason.NotYetValid(T),
                        "not-yet-valid",
                        new RejectionReason.UntrustedIssuer("CA"),
                        "untrusted-issuer",
                        new RejectionReason.BadSignature(),
                        "bad-signature",
                        new RejectionReason.InvalidChain("x"),
                        "invalid-chain",
                        new RejectionReason.WrongPolicy(List.of()),
                        "wrong-policy",
                        new RejectionReason.WrongKeyUsage("x"),
                        "wrong-key-usage",
                        new RejectionReason.WrongExtendedKeyUsage(List.of()),
                        "wrong-extended-key-usage",
                        new RejectionReason.Revoked(RevocationStatus.Source.CRL, T, Optional.empty()),
                        "revoked",
                        new RejectionReason.RevocationUnknown(new Unavailability.NotChecked()),
                        "revocation-unknown",
                        new RejectionReason.NoIdentity(new IdentityProblem.NoKnownPolicy()),
                        "no-identity"));
        families.put(
                io.tscns.auth.proxy.ProxyProblem.class,
                codes(new io.tscns.auth.proxy.ProxyProblem.BadAddressRange("x", "y"), "bad-address-range"));
        families.put(
                io.tscns.auth.challenge.ChallengeStoreProblem.class,
                codes(
                        new io.tscns.auth.challenge.ChallengeStoreProblem.Full(1), "full",
                        new io.tscns.auth.challenge.ChallengeStoreProblem.Unavailable("x"), "unavailable"));
        return families;
    }

    private static Map<Problem, String> codes(Object... pairs) {
        Map<Problem, String> codes = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            codes.put((Problem) pairs[i], (String) pairs[i + 1]);
        }
        return codes;
    }

    @Test
    void codesAreFrozenUniqueAndCoverEveryRecord() {
        for (Map.Entry<Class<?>, Map<Problem, String>> family : families().entrySet()) {
            Set<String> seen = new HashSet<>();
            Set<Class<?>> records = new HashSet<>();
            for (Map.Entry<Problem, String> entry : family.getValue().entrySet()) {
                assertEquals(entry.getValue(), entry.getKey().code());
                assertTrue(entry.getValue().matches("[a-z0-9]+(-[a-z0-9]+)*"), entry.getValue());
                assertTrue(seen.add(entry.getValue()), "duplicate code " + entry.getValue());
                assertTrue(!entry.getKey().describe().isBlank());
                records.add(entry.getKey().getClass());
            }
            assertEquals(
                    Set.of(family.getKey().getPermittedSubclasses()),
                    records,
                    family.getKey().getSimpleName() + " lists every record");
        }
    }

    @Test
    void exceptionsReturnTheProblemTheyCarry() {
        CrlProblem crl = new CrlProblem.AlgorithmMismatch();
        assertEquals(List.of(crl), new InvalidCrlException(crl).problems());
        CertificateProblem certificate = new CertificateProblem.Truncated(3);
        assertEquals(List.of(certificate), new InvalidCertificateException(certificate).problems());
        IdentityProblem identity = new IdentityProblem.NoKnownPolicy();
        assertEquals(List.of(identity), new InvalidIdentityException(identity).problems());
        TrustProblem trust = new TrustProblem.Unsigned();
        assertEquals(List.of(trust), new InvalidTrustException(trust).problems());
        assertEquals(trust.describe(), new InvalidTrustException(trust).getMessage());
        var proxy = new io.tscns.auth.proxy.ProxyProblem.BadAddressRange("x", "y");
        assertEquals(List.of(proxy), new io.tscns.auth.proxy.InvalidProxyConfigurationException(proxy).problems());
        var store = new io.tscns.auth.challenge.ChallengeStoreProblem.Full(3);
        assertEquals(List.of(store), new io.tscns.auth.challenge.ChallengeStoreException(store).problems());
    }
}
