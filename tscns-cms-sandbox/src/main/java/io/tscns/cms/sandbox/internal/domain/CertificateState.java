package io.tscns.cms.sandbox.internal.domain;

import io.tscns.core.lifecycle.CertificateAction;
import java.time.Instant;
import java.util.Objects;

/**
 * What the certificate of a card has last been asked (<i>stato del certificato presso la CA</i>): held or revoked
 * with a cause, and when, so that the test CA's registry can be rebuilt when the sandbox starts again.
 *
 * @param certificateSerial the certificate's serial, lower-case hex
 * @param action            the action
 * @param at                when the CMS decided it
 */
public record CertificateState(String certificateSerial, CertificateAction action, Instant at) {

    /**
     * Checks the components.
     */
    public CertificateState {
        Objects.requireNonNull(certificateSerial, "certificateSerial");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(at, "at");
    }
}
