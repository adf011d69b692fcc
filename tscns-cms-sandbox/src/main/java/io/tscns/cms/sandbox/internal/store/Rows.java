package io.tscns.cms.sandbox.internal.store;

import io.tscns.core.lifecycle.CardState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The rows of the sandbox tables as immutable values. Personal data and ids only: secret codes never leave
 * {@link Cards} unsealed except as core secret types.
 */
public final class Rows {

    private Rows() {
    }

    /**
     * A card (<i>tessera</i>).
     *
     * @param cardId            EF.ID_Carta value
     * @param teamNumber        TEAM number
     * @param codiceFiscale     holder's codice fiscale
     * @param region            issuing region code (3 digits)
     * @param state             lifecycle state
     * @param version           optimistic-concurrency version
     * @param expiryDate        expiry date printed on the card
     * @param certificateSerial serial of the CNS certificate, hex, if known
     * @param activationMode    the activation mode id, once activated
     * @param cipFailures       wrong CIPs given since the last right one
     * @param updatedAt         last change
     */
    public record CardRow(String cardId, String teamNumber, String codiceFiscale, String region, CardState state,
            long version, LocalDate expiryDate, Optional<String> certificateSerial, Optional<String> activationMode,
            int cipFailures, Instant updatedAt) {
    }

    /**
     * A holder's personal data (<i>dati anagrafici</i>).
     *
     * @param codiceFiscale codice fiscale
     * @param surname       surname
     * @param givenName     given name
     * @param birthDate     birth date
     * @param sex           {@code M} or {@code F}
     * @param birthPlace    cadastral code of the birth place
     */
    public record HolderRow(String codiceFiscale, String surname, String givenName, LocalDate birthDate, String sex,
            String birthPlace) {
    }

    /**
     * An operator account (<i>operatore</i>).
     *
     * @param operatorId      personal operator id
     * @param displayName     name shown
     * @param role            role id
     * @param region          region code (3 digits) of the counter
     * @param counterId       counter id
     * @param reissueEnabled  whether the counter may file re-issue requests
     * @param enabled         whether the account may log in
     * @param certFingerprint SHA-256 of the operator's certificate, hex
     */
    public record OperatorRow(String operatorId, String displayName, String role, String region, String counterId,
            boolean reissueEnabled, boolean enabled, Optional<String> certFingerprint) {
    }

    /**
     * One line of a card's history (<i>storia della carta</i>).
     *
     * @param sequence   position in the journal (0 for a row not yet written)
     * @param operation  operation id
     * @param outcome    {@code succeeded} or {@code refused:<code>}
     * @param stateAfter state after the operation, if it concerned a card
     * @param operatorId operator
     * @param at         when
     * @param requestId  request id
     */
    public record HistoryRow(long sequence, String operation, String outcome, Optional<String> stateAfter,
            String operatorId, Instant at, Optional<String> requestId) {
    }

    /**
     * One consent decision (<i>consenso FSE</i>).
     *
     * @param kind       consent kind id
     * @param status     given or withdrawn
     * @param regime     FSE regime id
     * @param recordedAt when
     * @param operatorId operator
     */
    public record ConsentRow(String kind, String status, String regime, Instant recordedAt, String operatorId) {
    }

    /**
     * A stored response for an idempotency key.
     *
     * @param requestHash SHA-256 of the request
     * @param status      HTTP status
     * @param body        response body
     */
    public record StoredResponse(byte[] requestHash, int status, byte[] body) {
    }
}
