package io.tscns.auth.challenge;

import io.tscns.auth.validation.Verdict;

/**
 * The outcome of verifying a card's answer to a challenge (<i>esito della verifica della risposta</i>).
 *
 * @since 0.1.0
 */
public sealed interface ChallengeResult {

    /**
     * The signature verifies with the certificate's key over a challenge this server issued, not yet used and not
     * expired; the certificate's own verdict is attached.
     *
     * @param verdict the certificate's validation verdict
     */
    record Verified(Verdict verdict) implements ChallengeResult {}

    /** The challenge was not issued here, was already answered, or expired. */
    record UnknownOrExpiredChallenge() implements ChallengeResult {}

    /** The signature does not verify over the challenge with the certificate's public key. */
    record BadSignature() implements ChallengeResult {}
}
