package io.tscns.testpki;

import io.tscns.testpki.internal.CertificateAssembler;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.BasicOCSPResponse;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.ocsp.RevokedInfo;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.cert.ocsp.jcajce.JcaRespID;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * An OCSP responder for one test CA (<i>risponditore OCSP</i>, RFC 6960): it answers each request entry good,
 * revoked (with time and reason) or unknown from the CA's {@link RevocationRegistry}, signed by the CA itself or by
 * a delegated responder (id-kp-OCSPSigning), echoing the request's nonce, with thisUpdate now and nextUpdate after
 * the configured validity, the responder identified by key hash and its certificate included. A fault can be
 * injected ({@link #withFault(OcspFault)}).
 *
 * <p>{@link #respond(byte[])} never throws on bad input: a request that does not parse gets the
 * {@code malformedRequest} status, as a real responder would answer. Immutable and thread-safe; the {@code with…}
 * methods return new responders.
 *
 * @since 0.1.0
 */
public final class OcspResponder {

    /** Interval between thisUpdate and nextUpdate unless changed with {@link #withValidity(Duration)}. */
    public static final Duration DEFAULT_VALIDITY = Duration.ofHours(24);
    /** Most entries answered in one request; more get {@code malformedRequest}. */
    public static final int MAX_REQUEST_ENTRIES = 64;

    private static final String WRONG_SIGNER_LABEL = "ocsp/wrong-signer";

    private final TestCa ca;
    private final TestCredential signer;
    private final Clock clock;
    private final Duration validity;
    private final OcspFault fault;

    private OcspResponder(TestCa ca, TestCredential signer, Clock clock, Duration validity, OcspFault fault) {
        this.ca = ca;
        this.signer = signer;
        this.clock = clock;
        this.validity = validity;
        this.fault = fault;
    }

    static OcspResponder create(TestCa ca, TestCredential signer) {
        return new OcspResponder(ca, signer, ca.spec().clock(), DEFAULT_VALIDITY, OcspFault.NONE);
    }

    /**
     * Returns a responder that injects a fault into every answer.
     *
     * @param value the fault; {@link OcspFault#NONE} for correct answers
     * @return the new responder
     */
    public OcspResponder withFault(OcspFault value) {
        return new OcspResponder(ca, signer, clock, validity, Objects.requireNonNull(value, "fault"));
    }

    /**
     * Returns a responder whose answers are valid for another interval.
     *
     * @param value the interval between thisUpdate and nextUpdate; zero for answers without nextUpdate
     * @return the new responder
     * @throws TestPkiException with {@link TestPkiException.Reason#INVALID_SPEC} if negative
     */
    public OcspResponder withValidity(Duration value) {
        if (value.isNegative()) {
            throw TestPkiException.invalid("OCSP validity must not be negative, found " + value);
        }
        return new OcspResponder(ca, signer, clock, value, fault);
    }

    /**
     * Returns a responder with another notion of now.
     *
     * @param value the clock for producedAt and thisUpdate
     * @return the new responder
     */
    public OcspResponder withClock(Clock value) {
        return new OcspResponder(ca, signer, Objects.requireNonNull(value, "clock"), validity, fault);
    }

    /**
     * Returns the fault this responder injects.
     *
     * @return the fault
     */
    public OcspFault fault() {
        return fault;
    }

    /**
     * Returns the credential whose key signs the answers (the CA's or the delegated responder's).
     *
     * @return the signer
     */
    public TestCredential signer() {
        return signer;
    }

    /**
     * Answers a DER-encoded OCSPRequest with a DER-encoded OCSPResponse.
     *
     * @param request the request bytes, from anywhere
     * @return the response: {@code successful} with a signed BasicOCSPResponse, {@code malformedRequest} if the
     *         request does not parse or has no or too many entries, or the status a fault asks for
     * @throws TestPkiException with {@link TestPkiException.Reason#CRYPTO_FAILURE} if signing fails
     */
    public byte[] respond(byte[] request) {
        Objects.requireNonNull(request, "request");
        Optional<OCSPReq> parsed = parse(request);
        if (parsed.isEmpty()) {
            return status(OCSPRespBuilder.MALFORMED_REQUEST);
        }
        switch (fault) {
            case TRY_LATER:
                return status(OCSPRespBuilder.TRY_LATER);
            case INTERNAL_ERROR:
                return status(OCSPRespBuilder.INTERNAL_ERROR);
            case UNAUTHORIZED:
                return status(OCSPRespBuilder.UNAUTHORIZED);
            default:
                break;
        }
        try {
            return signedResponse(parsed.get());
        } catch (GeneralSecurityException | OCSPException | OperatorCreationException | IOException e) {
            throw TestPkiException.crypto("signing the OCSP response", e);
        }
    }

    private static Optional<OCSPReq> parse(byte[] request) {
        try {
            OCSPReq parsed = new OCSPReq(request);
            int entries = parsed.getRequestList().length;
            return entries == 0 || entries > MAX_REQUEST_ENTRIES ? Optional.empty() : Optional.of(parsed);
        } catch (IOException | RuntimeException e) {
            // Bouncy Castle reports malformed input as IOException or as an unchecked ASN.1 exception.
            return Optional.empty();
        }
    }

    private byte[] signedResponse(OCSPReq request)
            throws GeneralSecurityException, OCSPException, OperatorCreationException, IOException {
        DigestCalculatorProvider digests = new JcaDigestCalculatorProviderBuilder().build();
        TestCredential signing = fault == OcspFault.WRONG_SIGNER ? impostor() : signer;
        BasicOCSPRespBuilder builder = new BasicOCSPRespBuilder(
                new JcaRespID(signing.certificate().getPublicKey(), digests.get(CertificateID.HASH_SHA1)));
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant thisUpdate = fault == OcspFault.STALE ? now.minus(validity).minus(Duration.ofDays(1)) : now;
        Optional<Instant> nextUpdate = fault == OcspFault.STALE
                ? Optional.of(now.minus(Duration.ofDays(1)))
                : validity.isZero() ? Optional.empty() : Optional.of(now.plus(validity));
        X509CertificateHolder issuer =
                new X509CertificateHolder(ca.certificate().getEncoded());
        for (Req entry : request.getRequestList()) {
            CertificateID id = entry.getCertID();
            CertificateStatus status = matchesIssuer(id, issuer, digests)
                    ? ca.revocations().status(id.getSerialNumber())
                    : new CertificateStatus.Unknown();
            builder.addResponse(
                    id,
                    bcStatus(status),
                    Date.from(thisUpdate),
                    nextUpdate.map(Date::from).orElse(null),
                    null);
        }
        Extension nonce = request.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
        if (nonce != null && fault != OcspFault.NONCE_MISSING) {
            byte[] value = nonce.getExtnValue().getOctets();
            if (fault == OcspFault.NONCE_MISMATCH) {
                value[value.length - 1] ^= 0x01;
            }
            builder.setResponseExtensions(new Extensions(
                    new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false, new DEROctetString(value))));
        }
        BasicOCSPResp basic = builder.build(
                CertificateAssembler.signer(ca.spec().signatureAlgorithm(), signing.privateKey()),
                new X509CertificateHolder[] {
                    new X509CertificateHolder(signing.certificate().getEncoded())
                },
                Date.from(thisUpdate));
        if (fault == OcspFault.TAMPERED_SIGNATURE) {
            basic = withFlippedSignatureBit(basic);
        }
        return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basic).getEncoded();
    }

    /** A CertID hashed with an algorithm the JDK does not know cannot name this CA: its status is unknown. */
    private static boolean matchesIssuer(
            CertificateID id, X509CertificateHolder issuer, DigestCalculatorProvider digests) {
        try {
            return id.matchesIssuer(issuer, digests);
        } catch (OCSPException e) {
            return false;
        }
    }

    private static org.bouncycastle.cert.ocsp.CertificateStatus bcStatus(CertificateStatus status) {
        if (status instanceof CertificateStatus.Revoked revoked) {
            Date when = Date.from(revoked.revocationTime());
            return revoked.reason()
                    .map(reason -> new RevokedStatus(when, reason.code()))
                    .orElseGet(() -> new RevokedStatus(new RevokedInfo(new ASN1GeneralizedTime(when), null)));
        }
        if (status instanceof CertificateStatus.Unknown) {
            return new UnknownStatus();
        }
        return org.bouncycastle.cert.ocsp.CertificateStatus.GOOD;
    }

    private static BasicOCSPResp withFlippedSignatureBit(BasicOCSPResp basic) throws IOException {
        BasicOCSPResponse structure = BasicOCSPResponse.getInstance(basic.getEncoded());
        byte[] signature = structure.getSignature().getOctets();
        signature[signature.length - 1] ^= 0x01;
        return new BasicOCSPResp(new BasicOCSPResponse(
                structure.getTbsResponseData(),
                structure.getSignatureAlgorithm(),
                new DERBitString(signature),
                structure.getCerts()));
    }

    /** A self-signed certificate named like the real signer, with an unrelated key. */
    private TestCredential impostor() throws GeneralSecurityException, IOException {
        X509Certificate real = signer.certificate();
        int bits = ((RSAKey) real.getPublicKey()).getModulus().bitLength();
        KeyPair keys = KeyPairSource.seeded(0).rsa(WRONG_SIGNER_LABEL, bits);
        CertificateSpec spec = CertificateSpec.builder()
                .subject(real.getSubjectX500Principal())
                .publicKey(keys.getPublic())
                .validity(real.getNotBefore().toInstant(), real.getNotAfter().toInstant())
                .keyUsage(KeyUsageBit.DIGITAL_SIGNATURE)
                .extendedKeyUsage(KeyPurpose.OCSP_SIGNING)
                .signatureAlgorithm(ca.spec().signatureAlgorithm())
                .build();
        X509Certificate forged = CertificateAssembler.assemble(
                spec, real.getSerialNumber(), real.getSubjectX500Principal(), keys.getPublic(), keys.getPrivate());
        return TestCredential.of(keys.getPrivate(), List.of(forged));
    }

    private static byte[] status(int responseStatus) {
        try {
            return new OCSPRespBuilder().build(responseStatus, null).getEncoded();
        } catch (OCSPException | IOException e) {
            throw TestPkiException.crypto("encoding an OCSP status response", e);
        }
    }

    @Override
    public String toString() {
        return "OcspResponder[ca=" + ca.name().getName() + ", signer="
                + signer.certificate().getSubjectX500Principal().getName() + ", fault=" + fault + "]";
    }
}
