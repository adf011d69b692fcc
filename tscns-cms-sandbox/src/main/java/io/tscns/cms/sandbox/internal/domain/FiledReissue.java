package io.tscns.cms.sandbox.internal.domain;

import io.tscns.core.card.CardId;
import io.tscns.core.person.CodiceFiscale;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A filed duplicate request (<i>richiesta di duplicato</i>, Toscana manual v2.0 §10.5).
 *
 * @param requestId    the request's id
 * @param person       the person
 * @param reason       why
 * @param replacedCard the card revoked or replaced with the request, if the person had one
 * @param filedAt      when
 */
public record FiledReissue(
        String requestId, CodiceFiscale person, ReissueReason reason, Optional<CardId> replacedCard, Instant filedAt) {

    /**
     * Checks the components.
     */
    public FiledReissue {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(replacedCard, "replacedCard");
        Objects.requireNonNull(filedAt, "filedAt");
    }
}
