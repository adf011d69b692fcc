package io.tscns.cms.sandbox.internal.engine;

import io.tscns.core.lifecycle.CertificateAction;
import java.time.Instant;

/**
 * Where the engine forwards what a transition asks of a card's certificate (<i>comunicazione al certificatore</i>):
 * in the sandbox, the test CA's revocation registry, so that a CRL produced afterwards lists a revoked card. Called
 * after the commit.
 */
@FunctionalInterface
public interface CertificateLink {

    /** A link that does nothing (no test CA attached). */
    CertificateLink NONE = (serial, action, at) -> { };

    /**
     * Applies a certificate action.
     *
     * @param certificateSerial the certificate's serial, lower-case hex
     * @param action            what to do
     * @param at                when the CMS decided it
     */
    void apply(String certificateSerial, CertificateAction action, Instant at);
}
