package io.tscns.cms.sandbox.internal.domain;

import io.tscns.core.card.CardId;
import io.tscns.core.person.CodiceFiscale;
import java.util.List;
import java.util.Optional;

/**
 * The cards' histories (<i>elenco cronologico delle operazioni</i>, DM 20 giugno 2011 Allegato 2 point 5). An
 * implementation works in the transaction of the thread that calls it; failures are unchecked.
 */
public interface HistoryStore {

    /**
     * Appends a line to a card's history.
     *
     * @param cardId the card
     * @param person the holder, if known
     * @param line   the line; its sequence number is given by the store
     */
    void append(CardId cardId, Optional<CodiceFiscale> person, HistoryLine line);

    /**
     * Appends a line whose state after is the state the card has now in this transaction.
     *
     * @param cardId the card
     * @param person the holder, if known
     * @param line   the line; its sequence number and state after are given by the store
     */
    void appendAtCurrentState(CardId cardId, Optional<CodiceFiscale> person, HistoryLine line);

    /**
     * Reads a card's history.
     *
     * @param cardId the card
     * @return the lines, oldest first
     */
    List<HistoryLine> of(CardId cardId);

    /**
     * Reads the lines of every card of a person, by the holder's codice fiscale each line records.
     *
     * @param person the holder
     * @return the lines, oldest first
     */
    List<CardLine> ofPerson(CodiceFiscale person);
}
