package io.tscns.core.audit;

import io.tscns.core.audit.InvalidAuditValueException.Reason;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One traced operation (<i>operazione tracciata</i>). The DM 20 giugno 2011, Allegato 2, requires that every
 * operation of a Card Management System be traced and that each request store "l'identificativo dell'operatore; la
 * data e l'ora dell'operazione; gli estremi dell'operazione" ({@code docs/seeds.md §2}, end of
 * the file); this record holds those three, plus what makes the trail useful: the subject card and person, the
 * outcome, and the request id that links the record to the CMS call and the card operation.
 *
 * <p>The subject card id and codice fiscale are plain strings, not {@code CodiceFiscale}: the trail must be able to
 * record a refused attempt made with a malformed code. Free-text fields must not hold secrets; see
 * {@link AuditDetails} for what the details do to keep them out and where that stops.
 *
 * <p>Bounds: operator id and request id at most {@value #MAX_ID_LENGTH} characters, card id and codice fiscale at
 * most {@value #MAX_SUBJECT_LENGTH}; present strings are never empty; every string is well-formed Unicode; the
 * instant lies in the years 0000 to 9999. Immutable and thread-safe.
 *
 * @param operatorId    who performed the operation (<i>identificativo dell'operatore</i>): an operator's personal
 *                      credential id, never a shared account
 * @param instant       when it happened (<i>data e ora dell'operazione</i>), from the caller's clock
 * @param operation     what was done, as a stable code such as {@code CARD_ACTIVATION} (an ASCII letter or digit,
 *                      then letters, digits, {@code . _ -}, at most 64 characters)
 * @param cardId        the subject card as presented (TEAM number or EF.ID_Carta), if any
 * @param codiceFiscale the subject person's codice fiscale as presented, if any, possibly malformed
 * @param outcome       how the operation ended (<i>esito</i>)
 * @param requestId     the correlation id of the request, if any
 * @param details       the particulars (<i>estremi dell'operazione</i>), never a secret
 * @since 0.1.0
 */
public record AuditRecord(
        String operatorId,
        Instant instant,
        String operation,
        Optional<String> cardId,
        Optional<String> codiceFiscale,
        AuditOutcome outcome,
        Optional<String> requestId,
        AuditDetails details) {

    /** Longest operator id and request id, in characters. */
    public static final int MAX_ID_LENGTH = 128;
    /** Longest card id and codice fiscale, in characters. */
    public static final int MAX_SUBJECT_LENGTH = 64;
    /** Earliest instant a record may carry: 0000-01-01T00:00:00Z. */
    public static final Instant EARLIEST = Instant.parse("0000-01-01T00:00:00Z");
    /** Latest instant a record may carry: 9999-12-31T23:59:59.999999999Z. */
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    /**
     * Checks every field.
     *
     * @throws InvalidAuditValueException naming the first field that breaks its rule
     */
    public AuditRecord {
        AuditText.text("operatorId", operatorId, MAX_ID_LENGTH);
        Objects.requireNonNull(instant, "instant");
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw new InvalidAuditValueException("instant", Reason.OUT_OF_RANGE, "must lie in the years 0000 to 9999");
        }
        AuditText.code("operation", operation);
        AuditText.optionalText("cardId", cardId, MAX_SUBJECT_LENGTH);
        AuditText.optionalText("codiceFiscale", codiceFiscale, MAX_SUBJECT_LENGTH);
        Objects.requireNonNull(outcome, "outcome");
        AuditText.optionalText("requestId", requestId, MAX_ID_LENGTH);
        Objects.requireNonNull(details, "details");
    }

    /**
     * Starts a record with its required fields; the others default to absent and empty.
     *
     * @param operatorId the operator's id
     * @param instant    when the operation happened
     * @param operation  the operation's stable code
     * @param outcome    how it ended
     * @return a builder
     */
    public static Builder builder(String operatorId, Instant instant, String operation, AuditOutcome outcome) {
        return new Builder(operatorId, instant, operation, outcome);
    }

    /**
     * Builds an {@link AuditRecord} from its required fields and any optional ones. Not thread-safe.
     */
    public static final class Builder {

        private final String operatorId;
        private final Instant instant;
        private final String operation;
        private final AuditOutcome outcome;
        private Optional<String> cardId = Optional.empty();
        private Optional<String> codiceFiscale = Optional.empty();
        private Optional<String> requestId = Optional.empty();
        private AuditDetails details = AuditDetails.empty();

        private Builder(String operatorId, Instant instant, String operation, AuditOutcome outcome) {
            this.operatorId = operatorId;
            this.instant = instant;
            this.operation = operation;
            this.outcome = outcome;
        }

        /**
         * Sets the subject card as presented.
         *
         * @param cardId the card id
         * @return this builder
         */
        public Builder cardId(String cardId) {
            this.cardId = Optional.of(cardId);
            return this;
        }

        /**
         * Sets the subject person's codice fiscale as presented, possibly malformed.
         *
         * @param codiceFiscale the code
         * @return this builder
         */
        public Builder codiceFiscale(String codiceFiscale) {
            this.codiceFiscale = Optional.of(codiceFiscale);
            return this;
        }

        /**
         * Sets the request's correlation id.
         *
         * @param requestId the request id
         * @return this builder
         */
        public Builder requestId(String requestId) {
            this.requestId = Optional.of(requestId);
            return this;
        }

        /**
         * Sets the particulars of the operation.
         *
         * @param details the details
         * @return this builder
         */
        public Builder details(AuditDetails details) {
            this.details = Objects.requireNonNull(details, "details");
            return this;
        }

        /**
         * Builds the record.
         *
         * @return the record
         * @throws InvalidAuditValueException naming the first field that breaks its rule
         */
        public AuditRecord build() {
            return new AuditRecord(operatorId, instant, operation, cardId, codiceFiscale, outcome, requestId, details);
        }
    }
}
