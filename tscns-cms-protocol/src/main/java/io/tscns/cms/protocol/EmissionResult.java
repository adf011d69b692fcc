package io.tscns.cms.protocol;

import static io.tscns.cms.protocol.WireText.required;
import static io.tscns.cms.protocol.WireText.text;

import io.tscns.core.person.CodiceFiscale;
import java.time.Instant;

/**
 * A recorded emission request.
 *
 * @param emissionId    the request number
 * @param kind          newborn or immigrant
 * @param codiceFiscale the person
 * @param requestedAt   when
 * @since 0.1.0
 */
public record EmissionResult(String emissionId, EmissionKind kind, CodiceFiscale codiceFiscale, Instant requestedAt) {

    /** Checks the components. */
    public EmissionResult {
        text("emissionId", emissionId, 64);
        required("kind", kind);
        required("codiceFiscale", codiceFiscale);
        required("requestedAt", requestedAt);
    }
}
