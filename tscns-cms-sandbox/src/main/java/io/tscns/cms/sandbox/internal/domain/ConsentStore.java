package io.tscns.cms.sandbox.internal.domain;

import io.tscns.core.card.CardId;
import io.tscns.core.consent.ConsentRecord;
import io.tscns.core.person.CodiceFiscale;
import java.util.List;

/**
 * The citizens' FSE consent decisions (<i>consensi al Fascicolo Sanitario Elettronico</i>, {@code docs/cms.md §5}).
 * An implementation works in the transaction of the thread that calls it; failures are unchecked.
 */
public interface ConsentStore {

    /**
     * Lists a citizen's decisions.
     *
     * @param citizen the citizen
     * @return the decisions, oldest first
     */
    List<ConsentRecord> of(CodiceFiscale citizen);

    /**
     * Appends a decision.
     *
     * @param record     the decision
     * @param presented  the card presented at the counter
     * @param operatorId the operator who recorded it
     */
    void append(ConsentRecord record, CardId presented, String operatorId);
}
