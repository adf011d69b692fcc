package io.tscns.core.lifecycle;

import java.util.Objects;

/**
 * Something that happens to a card and may change its {@link CardState} (<i>evento del ciclo di vita</i>). Apply it
 * with {@link LifecyclePolicy#apply(CardState, CardEvent)}.
 *
 * <p>Each event says what it asks of the certificate if it is allowed ({@link #certificateAction()}); whether it is
 * allowed depends on the state and the policy.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface CardEvent {

    /**
     * Returns the kind of event, as the CMS stores it in the card history.
     *
     * @return the event type
     */
    CardEventType type();

    /**
     * Returns what the CA must do to the certificate when this event is applied.
     *
     * @return the certificate action
     */
    CertificateAction certificateAction();

    /** The card is sent or handed to the holder (<i>spedizione</i>). */
    record Shipment() implements CardEvent {
        @Override
        public CardEventType type() {
            return CardEventType.SHIPMENT;
        }

        @Override
        public CertificateAction certificateAction() {
            return new CertificateAction.None();
        }
    }

    /**
     * The secret codes are released (<i>attivazione</i>). The certificate is already valid since issuance (Toscana
     * manual v2.0 §9.1.4), so nothing changes on the CA side.
     */
    record Activation() implements CardEvent {
        @Override
        public CardEventType type() {
            return CardEventType.ACTIVATION;
        }

        @Override
        public CertificateAction certificateAction() {
            return new CertificateAction.None();
        }
    }

    /** The holder reports a suspected theft, loss or compromise and the certificate goes on hold (<i>sospensione</i>). */
    record Suspension() implements CardEvent {
        @Override
        public CardEventType type() {
            return CardEventType.SUSPENSION;
        }

        @Override
        public CertificateAction certificateAction() {
            return new CertificateAction.Hold();
        }
    }

    /** The card was found or the codes were not compromised after all: the hold is released (<i>riattivazione</i>). */
    record Reactivation() implements CardEvent {
        @Override
        public CardEventType type() {
            return CardEventType.REACTIVATION;
        }

        @Override
        public CertificateAction certificateAction() {
            return new CertificateAction.ReleaseHold();
        }
    }

    /**
     * A request to revoke the certificate for good (<i>richiesta di revoca</i>).
     *
     * @param cause     why; decides the CRL reason
     * @param requester who asks, and whether the CIP was checked
     */
    record Revocation(RevocationCause cause, RevocationRequester requester) implements CardEvent {
        /**
         * Checks the components. Whether the requester may cite the cause is decided by the policy, so that a
         * refusal is an {@link IllegalTransitionException} naming state, event and policy.
         */
        public Revocation {
            Objects.requireNonNull(cause, "cause");
            Objects.requireNonNull(requester, "requester");
        }

        @Override
        public CardEventType type() {
            return CardEventType.REVOCATION;
        }

        @Override
        public CertificateAction certificateAction() {
            return new CertificateAction.Revoke(cause);
        }
    }

    /**
     * A duplicate or reissued card takes this card's place (<i>sostituzione</i>), for deterioration, malfunction,
     * non-delivery or a technical reissue. The old certificate is revoked as superseded. A card stolen, lost or with
     * compromised codes is revoked with that cause instead ({@link Revocation}), so relying parties see
     * {@code keyCompromise}; the duplicate is then a new card.
     */
    record Replacement() implements CardEvent {
        @Override
        public CardEventType type() {
            return CardEventType.REPLACEMENT;
        }

        @Override
        public CertificateAction certificateAction() {
            return new CertificateAction.Revoke(RevocationCause.REPLACED_BY_DUPLICATE);
        }
    }

    /** The expiry date printed on the card has passed (<i>scadenza</i>). Not a revocation. */
    record Expiry() implements CardEvent {
        @Override
        public CardEventType type() {
            return CardEventType.EXPIRY;
        }

        @Override
        public CertificateAction certificateAction() {
            return new CertificateAction.None();
        }
    }
}
