package io.tscns.cms.client;

import io.tscns.cms.protocol.IdentificationProblem;
import io.tscns.cms.protocol.ProblemDocument;
import io.tscns.cms.protocol.Violation;
import java.util.Optional;

/**
 * An activation, reprint or consents request came without a valid identification of the card
 * ({@code identification-required}; <i>riconoscimento richiesto</i>, Toscana manual v2.0 §10.1 steps 4–5): identify
 * the card again with {@link CmsClient#identifyCard} and send the new
 * {@link io.tscns.cms.protocol.IdentifyResult.Match#identificationRef() reference}. {@link #reason()} says why the
 * one sent was refused.
 *
 * @since 0.1.0
 */
public final class CmsIdentificationException extends CmsException {

    private static final long serialVersionUID = 1L;

    CmsIdentificationException(ProblemDocument document, String requestId) {
        super(document, requestId);
    }

    /**
     * Returns why the identification was refused: missing, unknown, expired, another operator's or another card's.
     *
     * @return the reason, or empty when the server did not give one this client knows
     */
    public Optional<IdentificationProblem> reason() {
        return violations().stream()
                .map(Violation::code)
                .map(IdentificationProblem::byCode)
                .flatMap(Optional::stream)
                .findFirst();
    }
}
