package io.tscns.cms.sandbox.internal.domain;

import io.tscns.cms.protocol.IdentificationProblem;
import io.tscns.cms.protocol.IdentificationRef;
import io.tscns.core.card.CardId;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * An identification the CMS answered with a match (<i>riconoscimento riuscito</i>, Toscana manual v2.0 §10.1 steps
 * 4–5): the card found by the TEAM number typed, the operator and when.
 * The CMS keeps the digest of the reference, never the reference itself.
 *
 * @param digest       the SHA-256 digest of the reference, in hex
 * @param cardId       the card identified
 * @param operatorId   the operator who identified it
 * @param identifiedAt when
 */
public record IssuedIdentification(String digest, CardId cardId, String operatorId, Instant identifiedAt) {

    /** Checks the components. */
    public IssuedIdentification {
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(operatorId, "operatorId");
        Objects.requireNonNull(identifiedAt, "identifiedAt");
    }

    /**
     * Tells why this identification does not open an operation, if it does not: it opens those on its own card by its
     * own operator until {@code lifetime} after it was made (Toscana manual v2.0 §10.1 steps 4–6,
     * {@code docs/cms.md §9.5}). The checks go operator, card, time, so that another operator learns nothing of the
     * card or the time of an identification that is not theirs.
     *
     * @param card     the card of the operation
     * @param operator the operator of the operation
     * @param now      the instant of the operation
     * @param lifetime how long an identification lasts
     * @return the problem, or empty if the identification opens the operation
     */
    public Optional<IdentificationProblem> problemFor(CardId card, String operator, Instant now, Duration lifetime) {
        if (!operatorId.equals(operator)) {
            return Optional.of(IdentificationProblem.OTHER_OPERATOR);
        }
        if (!cardId.equals(card)) {
            return Optional.of(IdentificationProblem.OTHER_CARD);
        }
        if (now.isAfter(identifiedAt.plus(lifetime))) {
            return Optional.of(IdentificationProblem.EXPIRED);
        }
        return Optional.empty();
    }

    /**
     * Returns the digest under which a reference is kept.
     *
     * @param reference the reference
     * @return the SHA-256 digest of its text, in lower-case hex
     */
    public static String digestOf(IdentificationRef reference) {
        return HexFormat.of()
                .formatHex(TokenDigest.of(new byte[0], reference.value().toCharArray()));
    }
}
