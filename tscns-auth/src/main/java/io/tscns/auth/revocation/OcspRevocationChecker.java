package io.tscns.auth.revocation;

import io.tscns.auth.internal.Reasons;
import io.tscns.auth.internal.RevocationPointers;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CRLReason;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.ContentVerifierProvider;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Revocation by OCSP (<i>verifica tramite OCSP</i>, RFC 6960), with a cache of answers. The request names the
 * certificate by a SHA-1 CertID and carries a random nonce; the answer is accepted only if its signature verifies
 * with the CA's own key or with a delegated responder certificate the CA issued for id-kp-OCSPSigning and which is
 * valid now, its nonce echoes the request's, and it is fresh by the {@link FreshnessPolicy}. Good and revoked
 * answers are cached until their nextUpdate, at most {@code maxAge}; the cache holds at most
 * 100,000 answers. The first OCSP URL of the certificate's authorityInfoAccess is asked.
 *
 * <p>Thread-safe.
 *
 * @since 0.1.0
 */
public final class OcspRevocationChecker implements RevocationChecker {

    private static final Logger LOG = LoggerFactory.getLogger(OcspRevocationChecker.class);
    private static final String SOURCE = "OCSP";
    private static final String OCSP_SIGNING = "1.3.6.1.5.5.7.3.9";
    private static final int NONCE_BYTES = 16;
    /** The most answers cached; past it, expired answers are dropped, and if none is, the whole cache. */
    static final int MAX_CACHED = 100_000;

    private final RevocationTransport transport;
    private final FreshnessPolicy freshness;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<Key, Answer> cache = new ConcurrentHashMap<>();

    private record Key(X509Certificate issuer, BigInteger serial) {}

    private record Answer(RevocationStatus status, Instant expires) {}

    /**
     * Creates a checker.
     *
     * @param transport how requests are sent
     * @param freshness when answers are fresh and how long they are cached
     * @param clock     the clock
     */
    public OcspRevocationChecker(RevocationTransport transport, FreshnessPolicy freshness, Clock clock) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.freshness = Objects.requireNonNull(freshness, "freshness");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public RevocationStatus check(X509Certificate certificate, X509Certificate issuer) {
        Instant now = clock.instant();
        Key key = new Key(issuer, certificate.getSerialNumber());
        Answer cached = cache.get(key);
        if (cached != null && now.isBefore(cached.expires())) {
            return cached.status();
        }
        List<URI> urls = RevocationPointers.ocspUrls(certificate);
        if (urls.isEmpty()) {
            return new RevocationStatus.Unknown(new Unavailability.NoLocation(SOURCE));
        }
        Answer answer = ask(urls.get(0), certificate, issuer, now);
        if (!(answer.status() instanceof RevocationStatus.Unknown)) {
            if (cache.size() >= MAX_CACHED) {
                cache.values().removeIf(held -> !now.isBefore(held.expires()));
                if (cache.size() >= MAX_CACHED) {
                    cache.clear();
                }
            }
            cache.put(key, answer);
        }
        return answer.status();
    }

    private Answer ask(URI url, X509Certificate certificate, X509Certificate issuer, Instant now) {
        try {
            DigestCalculatorProvider digests = new JcaDigestCalculatorProviderBuilder().build();
            X509CertificateHolder issuerHolder = new JcaX509CertificateHolder(issuer);
            CertificateID id = new CertificateID(
                    digests.get(CertificateID.HASH_SHA1), issuerHolder, certificate.getSerialNumber());
            byte[] random16 = new byte[NONCE_BYTES];
            random.nextBytes(random16);
            // RFC 8954: the extnValue holds the DER of an OCTET STRING; the answer must echo it byte for byte.
            byte[] nonce = new DEROctetString(random16).getEncoded();
            byte[] request = new OCSPReqBuilder()
                    .addRequest(id)
                    .setRequestExtensions(new Extensions(
                            new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false, new DEROctetString(nonce))))
                    .build()
                    .getEncoded();
            byte[] answer;
            try {
                answer = transport.postOcsp(url, request);
            } catch (IOException e) {
                LOG.debug("OCSP request to {} failed: {}", url, e.toString());
                return unknown(new Unavailability.FetchFailed(url.toString(), Reasons.of(e)));
            }
            return interpret(answer, id, nonce, issuer, now);
        } catch (OperatorCreationException | OCSPException | IOException | CertificateException | RuntimeException e) {
            // Bouncy Castle reports some malformed structures unchecked.
            return unknown(new Unavailability.InvalidData(SOURCE, "unreadable answer: " + Reasons.of(e)));
        }
    }

    private Answer interpret(byte[] answer, CertificateID id, byte[] nonce, X509Certificate issuer, Instant now)
            throws OCSPException, CertificateException {
        OCSPResp response;
        try {
            response = new OCSPResp(answer);
        } catch (IOException | RuntimeException e) {
            return invalid("the answer is not an OCSPResponse");
        }
        if (response.getStatus() != OCSPResp.SUCCESSFUL) {
            return invalid("responseStatus " + response.getStatus());
        }
        if (!(response.getResponseObject() instanceof BasicOCSPResp basic)) {
            return invalid("not a basic OCSP response");
        }
        Optional<String> signerProblem = verifySigner(basic, issuer, now);
        if (signerProblem.isPresent()) {
            return invalid(signerProblem.get());
        }
        Extension echoed = basic.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
        if (echoed == null) {
            return invalid("the answer has no nonce");
        }
        if (!MessageDigest.isEqual(echoed.getExtnValue().getOctets(), nonce)) {
            return invalid("the nonce differs from the request's");
        }
        for (SingleResp single : basic.getResponses()) {
            if (!single.getCertID().equals(id)) {
                continue;
            }
            Instant thisUpdate = single.getThisUpdate().toInstant();
            Optional<Instant> nextUpdate =
                    Optional.ofNullable(single.getNextUpdate()).map(d -> d.toInstant());
            if (!freshness.isUsable(thisUpdate, nextUpdate, now)) {
                return unknown(
                        new Unavailability.Stale(SOURCE, nextUpdate.orElse(thisUpdate.plus(freshness.maxAge()))));
            }
            Instant expiry = nextUpdate
                    .filter(n -> n.isBefore(now.plus(freshness.maxAge())))
                    .orElse(now.plus(freshness.maxAge()));
            Object status = single.getCertStatus();
            if (status == null) {
                return new Answer(new RevocationStatus.Good(RevocationStatus.Source.OCSP, thisUpdate), expiry);
            }
            if (status instanceof RevokedStatus revoked) {
                Optional<CRLReason> reason = revoked.hasRevocationReason()
                        ? Optional.of(reason(revoked.getRevocationReason()))
                        : Optional.empty();
                return new Answer(
                        new RevocationStatus.Revoked(
                                RevocationStatus.Source.OCSP,
                                revoked.getRevocationTime().toInstant(),
                                reason),
                        expiry);
            }
            if (status instanceof UnknownStatus) {
                return unknown(new Unavailability.UnknownToResponder());
            }
            return invalid("an unrecognised certificate status");
        }
        return invalid("the answer does not cover the certificate asked about");
    }

    private static CRLReason reason(int code) {
        return code >= 0 && code < CRLReason.values().length ? CRLReason.values()[code] : CRLReason.UNSPECIFIED;
    }

    /** Returns why the answer's signer is not acceptable, or empty if it is. */
    private static Optional<String> verifySigner(BasicOCSPResp basic, X509Certificate issuer, Instant now)
            throws CertificateException {
        if (verifies(basic, issuer.getPublicKey())) {
            return Optional.empty();
        }
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        for (X509CertificateHolder holder : basic.getCerts()) {
            X509Certificate responder = converter.getCertificate(holder);
            if (!verifies(basic, responder.getPublicKey())) {
                continue;
            }
            if (!responder.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
                return Optional.of("the responder certificate was not issued by the CA");
            }
            try {
                responder.verify(issuer.getPublicKey());
            } catch (GeneralSecurityException e) {
                return Optional.of("the responder certificate was not issued by the CA");
            }
            List<String> purposes = responder.getExtendedKeyUsage();
            if (purposes == null || !purposes.contains(OCSP_SIGNING)) {
                return Optional.of("the responder certificate lacks id-kp-OCSPSigning");
            }
            if (now.isBefore(responder.getNotBefore().toInstant())
                    || now.isAfter(responder.getNotAfter().toInstant())) {
                return Optional.of("the responder certificate is not valid now");
            }
            return Optional.empty();
        }
        return Optional.of("the signature verifies with neither the CA's key nor an included responder's");
    }

    private static boolean verifies(BasicOCSPResp basic, PublicKey key) {
        try {
            ContentVerifierProvider verifier = new JcaContentVerifierProviderBuilder().build(key);
            return basic.isSignatureValid(verifier);
        } catch (OperatorCreationException | OCSPException | RuntimeException e) {
            return false;
        }
    }

    private static Answer invalid(String detail) {
        return unknown(new Unavailability.InvalidData(SOURCE, detail));
    }

    private static Answer unknown(Unavailability cause) {
        return new Answer(new RevocationStatus.Unknown(cause), Instant.MIN);
    }

    @Override
    public String toString() {
        return "OcspRevocationChecker[" + cache.size() + " cached answers]";
    }
}
