package io.tscns.cms.sandbox.internal.domain;

import io.tscns.core.lifecycle.CertificateAction;
import java.time.Instant;

/**
 * Where the sandbox forwards what a transition asks of a card's certificate (<i>comunicazione al certificatore</i>):
 * the test CA's revocation registry, so that a CRL produced afterwards lists a revoked card. A handler's requests reach
 * it only once the operation is committed (the pipeline's {@code OperationContext#certificates()}).
 */
@FunctionalInterface
public interface CertificateLink {

    /**
     * Applies a certificate action.
     *
     * @param certificateSerial the certificate's serial, lower-case hex
     * @param action            what to do
     * @param at                when the CMS decided it
     */
    void apply(String certificateSerial, CertificateAction action, Instant at);
}
