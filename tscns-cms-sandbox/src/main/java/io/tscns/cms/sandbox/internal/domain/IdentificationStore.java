package io.tscns.cms.sandbox.internal.domain;

import java.util.Optional;

/**
 * The identifications made at the counters (<i>riconoscimenti</i>, Toscana manual v2.0 §10.1 steps 4–5), by the
 * digest of their reference, so that activation, reprint and consents can require one ({@code docs/cms.md §9.5}).
 * An implementation works in the transaction of the thread that calls it; failures are unchecked.
 */
public interface IdentificationStore {

    /**
     * Records an identification.
     *
     * @param identification the identification
     */
    void add(IssuedIdentification identification);

    /**
     * Finds an identification.
     *
     * @param digest the digest of its reference ({@link IssuedIdentification#digestOf})
     * @return the identification, or empty if none has this digest
     */
    Optional<IssuedIdentification> find(String digest);
}
