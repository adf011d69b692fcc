package io.tscns.cms.sandbox.internal.domain;

import io.tscns.core.person.CodiceFiscale;
import java.time.Instant;
import java.util.Objects;

/**
 * A filed emission request (<i>richiesta di emissione</i>, DM 20 giugno 2011 Allegato 2 point 8).
 *
 * @param requestId the request's id
 * @param kind      for whom
 * @param person    the person
 * @param filedAt   when
 */
public record FiledEmission(String requestId, EmissionKind kind, CodiceFiscale person, Instant filedAt) {

    /**
     * Checks the components.
     */
    public FiledEmission {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(filedAt, "filedAt");
    }
}
