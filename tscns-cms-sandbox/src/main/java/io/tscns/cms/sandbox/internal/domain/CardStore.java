package io.tscns.cms.sandbox.internal.domain;

import io.tscns.core.card.CardId;
import io.tscns.core.card.TeamNumber;
import io.tscns.core.lifecycle.CertificateAction;
import io.tscns.core.person.CodiceFiscale;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The cards the sandbox keeps (<i>archivio delle tessere</i>). An implementation works in the transaction of the
 * thread that calls it; failures are unchecked.
 */
public interface CardStore {

    /**
     * Finds a card.
     *
     * @param cardId the card id
     * @return the card, or empty
     */
    Optional<CardRecord> find(CardId cardId);

    /**
     * Finds a card by its TEAM number.
     *
     * @param teamNumber the TEAM number
     * @return the card, or empty
     */
    Optional<CardRecord> findByTeamNumber(TeamNumber teamNumber);

    /**
     * Lists a person's cards.
     *
     * @param holder the person
     * @return the cards, by card id
     */
    List<CardRecord> ofHolder(CodiceFiscale holder);

    /**
     * Tells whether a card exists.
     *
     * @param cardId the card id
     * @return whether it exists
     */
    boolean exists(CardId cardId);

    /**
     * Adds a card.
     *
     * @param card the card; its holder's personal data are already stored
     */
    void insert(CardRecord card);

    /**
     * Writes a card's state, activation mode, CIP tries and time of change, if its version is still the one read;
     * the version then goes up by one.
     *
     * @param card the new values, with the version read
     * @return whether it was written (false: the card was changed since it was read)
     */
    boolean update(CardRecord card);

    /**
     * Records what a card's last transition asked of its certificate, in the same transaction as the transition.
     *
     * @param cardId the card
     * @param action the action ({@code None} leaves the last one standing)
     * @param at     when
     */
    void recordCertificateAction(CardId cardId, CertificateAction action, Instant at);

    /**
     * Lists the certificates that are held or revoked.
     *
     * @return their states, in card order
     */
    List<CertificateState> heldOrRevoked();
}
