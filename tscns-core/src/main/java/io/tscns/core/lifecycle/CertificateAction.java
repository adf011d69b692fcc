package io.tscns.core.lifecycle;

import java.security.cert.CRLReason;
import java.util.Objects;
import java.util.Optional;

/**
 * What the certification authority must do to the card's authentication certificate after a transition
 * (<i>azione sul certificato</i>). The CMS forwards it to the CA, which publishes the CRL (Toscana manual v2.0
 * §3.2.5; DM 20 giugno 2011 Allegato 1 §4).
 *
 * <p>Suspension is, in PKI terms, a revocation with reason {@code certificateHold}, and only a hold can be undone
 * ({@code removeFromCRL}): the EJBCA habit ({@code docs/prior-art.md §6}). Expiry does nothing to the certificate: it
 * simply stops being valid, and is not revocation.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface CertificateAction {

    /**
     * Returns the reason code of the CRL entry this action creates or changes.
     *
     * @return {@code CERTIFICATE_HOLD} for a hold, {@code REMOVE_FROM_CRL} for a release, the cause's reason for a
     *         revocation, or empty when the certificate is left alone
     */
    Optional<CRLReason> crlReason();

    /**
     * Returns a stable lower-case id of the kind of action, for messages to the CA and for storage.
     *
     * @return {@code none}, {@code hold}, {@code release-hold} or {@code revoke}
     */
    String id();

    /** Leave the certificate as it is. */
    record None() implements CertificateAction {
        @Override
        public Optional<CRLReason> crlReason() {
            return Optional.empty();
        }

        @Override
        public String id() {
            return "none";
        }
    }

    /** Revoke with reason {@code certificateHold}: reversible (<i>sospensione del certificato</i>). */
    record Hold() implements CertificateAction {
        @Override
        public Optional<CRLReason> crlReason() {
            return Optional.of(CRLReason.CERTIFICATE_HOLD);
        }

        @Override
        public String id() {
            return "hold";
        }
    }

    /**
     * Release the hold: list the certificate as {@code removeFromCRL} in a delta CRL, or drop the entry from the
     * next full CRL (<i>riattivazione del certificato</i>).
     */
    record ReleaseHold() implements CertificateAction {
        @Override
        public Optional<CRLReason> crlReason() {
            return Optional.of(CRLReason.REMOVE_FROM_CRL);
        }

        @Override
        public String id() {
            return "release-hold";
        }
    }

    /**
     * Revoke for good with the cause's reason (<i>revoca del certificato</i>). On a certificate already on hold this
     * turns the hold into a final revocation.
     *
     * @param cause why the certificate is revoked
     */
    record Revoke(RevocationCause cause) implements CertificateAction {
        /**
         * Checks the component.
         */
        public Revoke {
            Objects.requireNonNull(cause, "cause");
        }

        @Override
        public Optional<CRLReason> crlReason() {
            return Optional.of(cause.crlReason());
        }

        @Override
        public String id() {
            return "revoke";
        }
    }
}
