package io.tscns.cms.sandbox.internal.domain;

import io.tscns.core.activation.ActivationMode;
import io.tscns.core.card.CardId;
import io.tscns.core.card.TeamNumber;
import io.tscns.core.lifecycle.CardState;
import io.tscns.core.person.CodiceFiscale;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A card as the sandbox CMS keeps it (<i>tessera</i>): its ids, its holder, its issuing region, its lifecycle state
 * and what the CMS knows about its certificate, activation and CIP tries.
 *
 * @param cardId            EF.ID_Carta value
 * @param teamNumber        TEAM number
 * @param holder            the holder's codice fiscale
 * @param region            issuing region code (3 digits, as in EF.ID_Carta: {@code 090} is Tuscany)
 * @param state             lifecycle state
 * @param version           optimistic-concurrency version: a change is written only over the version read
 * @param expiryDate        expiry date printed on the card
 * @param certificateSerial serial of the CNS certificate, lower-case hex, if known
 * @param activationMode    the activation mode, once activated
 * @param cipFailures       wrong CIPs given since the last right one
 * @param updatedAt         last change
 */
public record CardRecord(
        CardId cardId,
        TeamNumber teamNumber,
        CodiceFiscale holder,
        String region,
        CardState state,
        long version,
        LocalDate expiryDate,
        Optional<String> certificateSerial,
        Optional<ActivationMode> activationMode,
        int cipFailures,
        Instant updatedAt) {

    /**
     * Wrong CIPs accepted before the CIP is blocked: three, as for the PIN and the PUK ({@code docs/cms.md §2.3});
     * no source gives the CIP's own limit, so this is an inference.
     */
    public static final int MAX_CIP_TRIES = 3;

    /**
     * Checks the components.
     */
    public CardRecord {
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(teamNumber, "teamNumber");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(expiryDate, "expiryDate");
        Objects.requireNonNull(certificateSerial, "certificateSerial");
        Objects.requireNonNull(activationMode, "activationMode");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /**
     * Compares the data printed on the card, as an operator typed them in, with the record (Toscana manual v2.0 §10.1
     * steps 4–5).
     *
     * @param typedHolder the holder's codice fiscale typed in
     * @param typedExpiry the expiry date typed in
     * @return the data that differ, in the order codice fiscale, expiry date; empty if they all match
     */
    public List<IdentityDatum> differences(CodiceFiscale typedHolder, LocalDate typedExpiry) {
        List<IdentityDatum> differ = new ArrayList<>(2);
        if (!holder.equals(typedHolder)) {
            differ.add(IdentityDatum.CODICE_FISCALE);
        }
        if (!expiryDate.equals(typedExpiry)) {
            differ.add(IdentityDatum.EXPIRY_DATE);
        }
        return List.copyOf(differ);
    }

    /**
     * Returns the card in another state, still at the version read.
     *
     * @param next the state
     * @param at   when
     * @return the changed card
     */
    public CardRecord inState(CardState next, Instant at) {
        return new CardRecord(
                cardId,
                teamNumber,
                holder,
                region,
                next,
                version,
                expiryDate,
                certificateSerial,
                activationMode,
                cipFailures,
                at);
    }

    /**
     * Returns the card activated in a mode, still at the version read.
     *
     * @param next the state after activation
     * @param mode the activation mode
     * @param at   when
     * @return the changed card
     */
    public CardRecord activated(CardState next, ActivationMode mode, Instant at) {
        return new CardRecord(
                cardId,
                teamNumber,
                holder,
                region,
                next,
                version,
                expiryDate,
                certificateSerial,
                Optional.of(mode),
                cipFailures,
                at);
    }

    /**
     * Returns the card with another count of wrong CIPs, still at the version read.
     *
     * @param failures wrong CIPs since the last right one
     * @param at       when
     * @return the changed card
     */
    public CardRecord withCipFailures(int failures, Instant at) {
        return new CardRecord(
                cardId,
                teamNumber,
                holder,
                region,
                state,
                version,
                expiryDate,
                certificateSerial,
                activationMode,
                failures,
                at);
    }
}
