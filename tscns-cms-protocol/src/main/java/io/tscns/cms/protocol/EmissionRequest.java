package io.tscns.cms.protocol;

import static io.tscns.cms.protocol.WireText.required;

/**
 * An emission request for a newborn or a person who moved into the region ({@code POST /emission-requests}).
 *
 * @param kind   newborn or immigrant
 * @param person the person's data
 * @since 0.1.0
 */
public record EmissionRequest(EmissionKind kind, PersonData person) {

    /** Checks the components. */
    public EmissionRequest {
        required("kind", kind);
        required("person", person);
    }
}
