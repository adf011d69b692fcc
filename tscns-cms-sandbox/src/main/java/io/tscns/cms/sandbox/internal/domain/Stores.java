package io.tscns.cms.sandbox.internal.domain;

import java.util.Objects;

/**
 * The sandbox's stores, one per aggregate, as the handlers get them (<i>archivi</i>). Each handler takes only those
 * it needs.
 *
 * @param cards    cards
 * @param holders  holders' personal data
 * @param codes    secret codes
 * @param consents FSE consents
 * @param history  the cards' histories
 * @param outbox   the outbox
 * @param requests filed requests
 * @param identifications identifications made at the counters
 */
public record Stores(
        CardStore cards,
        HolderStore holders,
        CodeStore codes,
        ConsentStore consents,
        HistoryStore history,
        OutboxStore outbox,
        RequestStore requests,
        IdentificationStore identifications) {

    /**
     * Checks the components.
     */
    public Stores {
        Objects.requireNonNull(cards, "cards");
        Objects.requireNonNull(holders, "holders");
        Objects.requireNonNull(codes, "codes");
        Objects.requireNonNull(consents, "consents");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(outbox, "outbox");
        Objects.requireNonNull(requests, "requests");
        Objects.requireNonNull(identifications, "identifications");
    }
}
