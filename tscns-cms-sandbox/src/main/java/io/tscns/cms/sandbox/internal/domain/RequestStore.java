package io.tscns.cms.sandbox.internal.domain;

import io.tscns.core.person.CodiceFiscale;
import java.time.Instant;

/**
 * The filed duplicate and emission requests (<i>richieste di duplicato e di emissione</i>, DM 20 giugno 2011
 * Allegato 2 points 7 and 8). An implementation works in the transaction of the thread that calls it; failures are
 * unchecked.
 */
public interface RequestStore {

    /**
     * Files a request.
     *
     * @param kind       {@code reissue}, {@code emission-newborn} or {@code emission-immigrant}
     * @param person     the person
     * @param reason     the reason's name
     * @param operatorId the operator
     * @param at         when
     * @return the request's id
     */
    String file(String kind, CodiceFiscale person, String reason, String operatorId, Instant at);
}
