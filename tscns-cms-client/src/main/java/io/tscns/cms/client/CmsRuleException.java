package io.tscns.cms.client;

import io.tscns.cms.protocol.ProblemDocument;

/**
 * A CMS rule refused the operation: {@code identity-mismatch}, {@code illegal-transition} (the lifecycle policy does not allow it), {@code activation-rejected} or {@code consent-rejected}, with every broken rule in {@link #violations()} (for an activation, the core {@code ActivationViolation} codes); {@code card-expired} (the card is past its expiry date) or {@code holder-not-identified} (retiring an activated card needs the CIP or the holder identified at the counter).
 *
 * @since 0.1.0
 */
public final class CmsRuleException extends CmsException {

    private static final long serialVersionUID = 1L;

    CmsRuleException(ProblemDocument document, String requestId) {
        super(document, requestId);
    }
}
