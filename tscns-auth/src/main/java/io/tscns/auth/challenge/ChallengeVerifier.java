package io.tscns.auth.challenge;

import io.tscns.auth.validation.CertificateValidator;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * Server side of challenge-response login with the card (<i>autenticazione a sfida e risposta</i>): it issues
 * single-use challenges that expire, and verifies the card's answer. The scheme is the one
 * {@code CnsCard.authenticate(challenge)} produces: an RSA PKCS#1 v1.5 signature over the SHA-256 DigestInfo of the
 * challenge bytes, i.e. JCA {@code SHA256withRSA} over the challenge, made with the key of the card's CNS
 * authentication certificate. The certificate itself is then validated like a TLS client certificate.
 *
 * <p>Thread-safe. Outstanding challenges are held in a {@link ChallengeStore}: in this JVM's memory by default, or in
 * a database shared by every node ({@link JdbcChallengeStore}), so that a challenge issued by one node is answered at
 * another, once.
 *
 * @since 0.1.0
 */
public final class ChallengeVerifier {

    /** The signature algorithm of {@code CnsCard.authenticate}. */
    public static final String SIGNATURE_ALGORITHM = "SHA256withRSA";

    private static final int NONCE_BYTES = 32;

    private final String audience;
    private final Duration lifetime;
    private final ChallengeStore store;
    private final CertificateValidator validator;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /**
     * Creates a verifier that keeps its challenges in memory.
     *
     * @param audience  the service's name, bound into every challenge
     * @param lifetime  how long a challenge may be answered
     * @param capacity  the most outstanding challenges held
     * @param validator validates the certificate that signed the answer
     * @param clock     the clock
     */
    public ChallengeVerifier(
            String audience, Duration lifetime, int capacity, CertificateValidator validator, Clock clock) {
        this(audience, lifetime, new InMemoryChallengeStore(capacity), validator, clock);
    }

    /**
     * Creates a verifier that keeps its challenges in a store, e.g. one shared by every node of a cluster.
     *
     * @param audience  the service's name, bound into every challenge (the same on every node)
     * @param lifetime  how long a challenge may be answered
     * @param store     where outstanding challenges are kept
     * @param validator validates the certificate that signed the answer
     * @param clock     the clock
     */
    public ChallengeVerifier(
            String audience, Duration lifetime, ChallengeStore store, CertificateValidator validator, Clock clock) {
        this.audience = Objects.requireNonNull(audience, "audience");
        if (audience.isEmpty() || audience.length() > 255) {
            throw new IllegalArgumentException("audience must have 1 to 255 characters");
        }
        this.lifetime = Objects.requireNonNull(lifetime, "lifetime");
        this.store = Objects.requireNonNull(store, "store");
        this.validator = Objects.requireNonNull(validator, "validator");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Issues a challenge.
     *
     * @return the challenge, to be sent to the client
     * @throws ChallengeStoreException if the store is full or unavailable
     */
    public Challenge issue() {
        Instant now = clock.instant();
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        Challenge challenge = new Challenge(audience, now, nonce);
        store.put(key(challenge.bytes()), now.plus(lifetime), now);
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
     * @throws ChallengeStoreException if the store is unavailable
     */
    public ChallengeResult verify(byte[] challenge, byte[] signature, X509Certificate certificate) {
        Objects.requireNonNull(challenge, "challenge");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(certificate, "certificate");
        if (challenge.length > Challenge.MAX_BYTES) {
            return new ChallengeResult.UnknownOrExpiredChallenge();
        }
        if (!store.take(key(challenge), clock.instant())) {
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

    /** The store's key of a challenge: its SHA-256 in URL-safe base64, so a store never holds a challenge. */
    static String key(byte[] challenge) {
        try {
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(MessageDigest.getInstance("SHA-256").digest(challenge));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
