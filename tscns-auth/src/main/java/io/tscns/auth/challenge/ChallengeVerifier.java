package io.tscns.auth.challenge;

import io.tscns.auth.validation.CnsCertificateValidator;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server side of challenge-response login with the card (<i>autenticazione a sfida e risposta</i>): it issues
 * single-use challenges that expire, and verifies the card's answer. The scheme is the one
 * {@code CnsCard.authenticate(challenge)} produces: an RSA PKCS#1 v1.5 signature over the SHA-256 DigestInfo of the
 * challenge bytes, i.e. JCA {@code SHA256withRSA} over the challenge, made with the key of the card's CNS
 * authentication certificate. The certificate itself is then validated like a TLS client certificate.
 *
 * <p>Thread-safe. Outstanding challenges are held in memory, at most {@code capacity} of them; expired ones are
 * dropped as new ones are issued.
 */
public final class ChallengeVerifier {

    /** The signature algorithm of {@code CnsCard.authenticate}. */
    public static final String SIGNATURE_ALGORITHM = "SHA256withRSA";
    private static final int NONCE_BYTES = 32;

    private final String audience;
    private final Duration lifetime;
    private final int capacity;
    private final CnsCertificateValidator validator;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Instant> outstanding = new ConcurrentHashMap<>();

    /**
     * Creates a verifier.
     *
     * @param audience  the service's name, bound into every challenge
     * @param lifetime  how long a challenge may be answered
     * @param capacity  the most outstanding challenges held
     * @param validator validates the certificate that signed the answer
     * @param clock     the clock
     */
    public ChallengeVerifier(String audience, Duration lifetime, int capacity, CnsCertificateValidator validator,
                             Clock clock) {
        this.audience = Objects.requireNonNull(audience, "audience");
        if (audience.isEmpty() || audience.length() > 255) {
            throw new IllegalArgumentException("audience must have 1 to 255 characters");
        }
        this.lifetime = Objects.requireNonNull(lifetime, "lifetime");
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
        this.validator = Objects.requireNonNull(validator, "validator");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Issues a challenge.
     *
     * @return the challenge, to be sent to the client
     * @throws IllegalStateException if {@code capacity} unexpired challenges are outstanding
     */
    public Challenge issue() {
        Instant now = clock.instant();
        if (outstanding.size() >= capacity) {
            // Sweep expired challenges only when full, not on every issue: the bound counts unexpired ones.
            outstanding.values().removeIf(expires -> !now.isBefore(expires));
            if (outstanding.size() >= capacity) {
                throw new IllegalStateException(capacity + " challenges are outstanding");
            }
        }
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        Challenge challenge = new Challenge(audience, now, nonce);
        outstanding.put(challenge.key(), now.plus(lifetime));
        return challenge;
    }

    /**
     * Verifies the card's answer. The challenge is spent whatever the outcome, so an answer cannot be retried or
     * replayed.
     *
     * @param challenge   the challenge bytes the client signed
     * @param signature   the card's signature
     * @param certificate the card's CNS authentication certificate
     * @return verified (with the certificate's verdict), or why not
     */
    public ChallengeResult verify(byte[] challenge, byte[] signature, X509Certificate certificate) {
        Objects.requireNonNull(challenge, "challenge");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(certificate, "certificate");
        if (challenge.length > Challenge.MAX_BYTES) {
            return new ChallengeResult.UnknownOrExpiredChallenge();
        }
        Instant expires = outstanding.remove(Challenge.key(challenge));
        if (expires == null || !clock.instant().isBefore(expires)) {
            return new ChallengeResult.UnknownOrExpiredChallenge();
        }
        try {
            Signature verifier = Signature.getInstance(SIGNATURE_ALGORITHM);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(challenge);
            if (!verifier.verify(signature)) {
                return new ChallengeResult.BadSignature();
            }
        } catch (GeneralSecurityException e) {
            return new ChallengeResult.BadSignature();
        }
        return new ChallengeResult.Verified(validator.validate(certificate));
    }
}
