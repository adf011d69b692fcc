package io.tscns.cms.sandbox.internal.http;

import io.tscns.cms.protocol.CardStatus;
import io.tscns.cms.protocol.ChannelKind;
import io.tscns.cms.protocol.CmsOperation;
import io.tscns.cms.protocol.CodeHalves;
import io.tscns.cms.protocol.EmissionResult;
import io.tscns.cms.protocol.EntryOutcome;
import io.tscns.cms.protocol.HistoryEntry;
import io.tscns.cms.protocol.IdentifyResult;
import io.tscns.cms.protocol.IdentityField;
import io.tscns.cms.protocol.MismatchAdvice;
import io.tscns.cms.protocol.OperatorProfile;
import io.tscns.cms.protocol.PersonData;
import io.tscns.cms.protocol.Receipt;
import io.tscns.cms.protocol.ReissueReason;
import io.tscns.cms.protocol.ReissueResult;
import io.tscns.cms.protocol.SealedEnvelope;
import io.tscns.cms.protocol.SecretText;
import io.tscns.cms.sandbox.OutboxMessage;
import io.tscns.cms.sandbox.internal.domain.CardRecord;
import io.tscns.cms.sandbox.internal.domain.CodeRelease;
import io.tscns.cms.sandbox.internal.domain.DeliveryKind;
import io.tscns.cms.sandbox.internal.domain.EnvelopeRelease;
import io.tscns.cms.sandbox.internal.domain.FiledEmission;
import io.tscns.cms.sandbox.internal.domain.FiledReissue;
import io.tscns.cms.sandbox.internal.domain.HistoryLine;
import io.tscns.cms.sandbox.internal.domain.Holder;
import io.tscns.cms.sandbox.internal.domain.Identification;
import io.tscns.cms.sandbox.internal.domain.Operation;
import io.tscns.cms.sandbox.internal.domain.Operator;
import io.tscns.cms.sandbox.internal.domain.SentMessage;
import io.tscns.core.audit.AuditOutcome;
import io.tscns.core.secret.RemoteChannel;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Turns the sandbox's domain results into the records of the protocol's wire model ({@code io.tscns.cms.protocol}),
 * and the protocol's person data into the domain's (<i>dal dominio al protocollo</i>). Halves of codes move from the
 * domain's {@code char[]} into {@link SecretText}s, and the domain's arrays are wiped. Stateless, thread-safe.
 */
public final class Wire {

    private Wire() {}

    /**
     * Returns a card's status.
     *
     * @param card the card
     * @return the status
     */
    public static CardStatus card(CardRecord card) {
        return new CardStatus(card.cardId(), card.teamNumber(), card.state(), card.region(), card.expiryDate());
    }

    /**
     * Returns a person's data.
     *
     * @param holder the holder
     * @return the data
     */
    public static PersonData person(Holder holder) {
        return new PersonData(
                holder.surname(),
                holder.givenName(),
                holder.birthDate(),
                holder.sex(),
                holder.birthPlace(),
                holder.codiceFiscale());
    }

    /**
     * Returns the domain's form of a person's data.
     *
     * @param person the data
     * @return the holder
     */
    public static Holder holder(PersonData person) {
        return new Holder(
                person.codiceFiscale(),
                person.surname(),
                person.name(),
                person.birthDate(),
                person.sex(),
                person.birthPlace());
    }

    /**
     * Returns an operator's profile.
     *
     * @param operator the operator
     * @return the profile
     */
    public static OperatorProfile profile(Operator operator) {
        return new OperatorProfile(
                operator.operatorId(),
                operator.displayName(),
                operator.role(),
                operator.counterId(),
                operator.region(),
                operator.reissueEnabled());
    }

    /**
     * Returns an identification's outcome.
     *
     * @param identification the outcome
     * @return the protocol's result
     */
    public static IdentifyResult identification(Identification identification) {
        if (identification instanceof Identification.Match match) {
            return new IdentifyResult.Match(card(match.card()), person(match.holder()), match.reference());
        }
        return new IdentifyResult.Mismatch(
                MismatchAdvice.SCELTA_E_REVOCA_OFFICE,
                ((Identification.Mismatch) identification)
                        .mismatched().stream()
                                .map(datum -> IdentityField.valueOf(datum.name()))
                                .toList());
    }

    /**
     * Returns one line of a card's history.
     *
     * @param line the line
     * @return the entry
     */
    public static HistoryEntry history(HistoryLine line) {
        AuditOutcome outcome = line.outcome();
        EntryOutcome kind = outcome instanceof AuditOutcome.Refused
                ? EntryOutcome.REFUSED
                : outcome instanceof AuditOutcome.Failed ? EntryOutcome.FAILED : EntryOutcome.SUCCEEDED;
        Optional<String> problem = outcome instanceof AuditOutcome.Refused refused
                ? Optional.of(refused.reasonCode())
                : outcome instanceof AuditOutcome.Failed failed ? Optional.of(failed.errorCode()) : Optional.empty();
        return new HistoryEntry(
                line.sequence(),
                line.at(),
                protocol(line.operation()),
                line.operatorId(),
                kind,
                problem,
                line.stateAfter(),
                line.holder(),
                line.counterRecord());
    }

    /**
     * Returns the protocol operation that runs an operation of the sandbox.
     *
     * @param operation the operation
     * @return the protocol operation
     * @throws IllegalArgumentException for the sandbox's own outbox, which is no protocol operation
     */
    static CmsOperation protocol(Operation operation) {
        return switch (operation) {
            case IDENTIFY -> CmsOperation.IDENTIFY_CARD;
            case ACTIVATE -> CmsOperation.ACTIVATE_CARD;
            case CONSENTS_READ -> CmsOperation.GET_CONSENTS;
            case CONSENTS_WRITE -> CmsOperation.RECORD_CONSENTS;
            case REPRINT -> CmsOperation.REPRINT_CODES;
            case REVOKE_BY_HOLDER, REVOKE_BY_ISSUER, REVOKE_ON_IDENTIFICATION -> CmsOperation.REVOKE_CARD;
            case SUSPEND -> CmsOperation.SUSPEND_CARD;
            case REACTIVATE -> CmsOperation.REACTIVATE_CARD;
            case STATUS -> CmsOperation.GET_CARD;
            case STATUS_BY_TEAM_NUMBER -> CmsOperation.GET_CARD_BY_TEAM_NUMBER;
            case HISTORY -> CmsOperation.GET_HISTORY;
            case HOLDER -> CmsOperation.GET_HOLDER;
            case PERSON_CARDS -> CmsOperation.GET_PERSON_CARDS;
            case PERSON_OPERATIONS -> CmsOperation.GET_PERSON_OPERATIONS;
            case REISSUE -> CmsOperation.REQUEST_REISSUE;
            case EMISSION -> CmsOperation.REQUEST_EMISSION;
            case AUDIT_EXPORT -> CmsOperation.EXPORT_AUDIT;
            case AUDIT_VERIFY -> CmsOperation.VERIFY_AUDIT;
            case LOGIN -> CmsOperation.LOGIN;
            case LOGOUT -> CmsOperation.LOGOUT;
            case WHO_AM_I -> CmsOperation.WHO_AM_I;
            case SHIP -> CmsOperation.SHIP_CARD;
            case EXPIRE -> CmsOperation.EXPIRE_CARD;
            case OUTBOX -> throw new IllegalArgumentException("the outbox is the sandbox's own, not the protocol's");
        };
    }

    /**
     * Returns the sandbox operation a protocol operation is recorded under (a revocation whose request was not read
     * under the holder's, with the same audit code as the issuer's).
     *
     * @param operation the protocol operation
     * @return the sandbox operation
     */
    static Operation operation(CmsOperation operation) {
        return switch (operation) {
            case LOGIN -> Operation.LOGIN;
            case LOGOUT -> Operation.LOGOUT;
            case WHO_AM_I -> Operation.WHO_AM_I;
            case IDENTIFY_CARD -> Operation.IDENTIFY;
            case ACTIVATE_CARD, ACTIVATE_CARD_SEALED_ENVELOPE -> Operation.ACTIVATE;
            case GET_CONSENTS -> Operation.CONSENTS_READ;
            case RECORD_CONSENTS -> Operation.CONSENTS_WRITE;
            case REPRINT_CODES -> Operation.REPRINT;
            case REVOKE_CARD -> Operation.REVOKE_BY_HOLDER;
            case SUSPEND_CARD -> Operation.SUSPEND;
            case REACTIVATE_CARD -> Operation.REACTIVATE;
            case GET_CARD -> Operation.STATUS;
            case GET_CARD_BY_TEAM_NUMBER -> Operation.STATUS_BY_TEAM_NUMBER;
            case GET_HISTORY -> Operation.HISTORY;
            case GET_HOLDER -> Operation.HOLDER;
            case GET_PERSON_CARDS -> Operation.PERSON_CARDS;
            case GET_PERSON_OPERATIONS -> Operation.PERSON_OPERATIONS;
            case REQUEST_REISSUE -> Operation.REISSUE;
            case REQUEST_EMISSION -> Operation.EMISSION;
            case EXPORT_AUDIT -> Operation.AUDIT_EXPORT;
            case VERIFY_AUDIT -> Operation.AUDIT_VERIFY;
            case SHIP_CARD -> Operation.SHIP;
            case EXPIRE_CARD -> Operation.EXPIRE;
        };
    }

    /**
     * Returns a receipt, taking the counter halves out of the release (its arrays are wiped).
     *
     * @param release the codes released
     * @return the protocol receipt; the caller destroys it once written
     */
    public static Receipt receipt(CodeRelease release) {
        return new Receipt(
                release.receiptId(),
                release.cardId(),
                release.operatorId(),
                release.at(),
                halves(release.counterHalves()),
                channelKind(release.channel()),
                release.channel().masked());
    }

    /**
     * Returns the codes of a sealed envelope, taking them out of the release (its arrays are wiped).
     *
     * @param release the codes released whole
     * @return the protocol message; the caller destroys it once written
     */
    public static SealedEnvelope envelope(EnvelopeRelease release) {
        List<char[]> codes = release.codes();
        try {
            return new SealedEnvelope(
                    release.receiptId(),
                    release.cardId(),
                    release.operatorId(),
                    release.at(),
                    SecretText.of(codes.get(0)),
                    SecretText.of(codes.get(1)));
        } finally {
            release.wipe();
        }
    }

    /**
     * Returns a message of the sandbox's outbox, taking the halves out of the stored message (its arrays are wiped).
     *
     * @param message the stored message
     * @return the message; the caller destroys its halves
     */
    public static OutboxMessage outbox(SentMessage message) {
        return new OutboxMessage(
                message.messageId(),
                channelKind(message.channel()),
                message.channel().address(),
                message.cardId(),
                message.sentAt(),
                halves(message.halves()));
    }

    /**
     * Returns a filed duplicate request.
     *
     * @param filed the request
     * @return the protocol's result
     */
    public static ReissueResult reissue(FiledReissue filed) {
        return new ReissueResult(
                filed.requestId(),
                filed.person(),
                ReissueReason.valueOf(filed.reason().name()),
                filed.replacedCard(),
                filed.filedAt());
    }

    /**
     * Returns a filed emission request.
     *
     * @param filed the request
     * @return the protocol's result
     */
    public static EmissionResult emission(FiledEmission filed) {
        return new EmissionResult(
                filed.requestId(),
                io.tscns.cms.protocol.EmissionKind.valueOf(filed.kind().name()),
                filed.person(),
                filed.filedAt());
    }

    private static ChannelKind channelKind(RemoteChannel channel) {
        return ChannelKind.valueOf(DeliveryKind.of(channel).name());
    }

    private static CodeHalves halves(List<char[]> halves) {
        try {
            return new CodeHalves(
                    SecretText.of(halves.get(0)),
                    SecretText.of(halves.get(1)),
                    halves.size() > 2 ? Optional.of(SecretText.of(halves.get(2))) : Optional.empty());
        } finally {
            halves.forEach(half -> Arrays.fill(half, '\0'));
        }
    }
}
