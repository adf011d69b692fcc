package io.tscns.cms.sandbox.internal.domain;

import io.tscns.core.person.CodiceFiscale;
import java.util.Optional;

/**
 * The holders' personal data (<i>anagrafica degli assistiti</i>). An implementation works in the transaction of the
 * thread that calls it; failures are unchecked.
 */
public interface HolderStore {

    /**
     * Finds a person's data.
     *
     * @param codiceFiscale the person
     * @return the data, or empty
     */
    Optional<Holder> find(CodiceFiscale codiceFiscale);

    /**
     * Adds or replaces a person's data.
     *
     * @param holder the data
     */
    void put(Holder holder);
}
