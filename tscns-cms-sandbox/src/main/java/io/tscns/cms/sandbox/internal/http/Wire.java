package io.tscns.cms.sandbox.internal.http;

import io.tscns.cms.protocol.CardStatus;
import io.tscns.cms.protocol.ChannelKind;
import io.tscns.cms.protocol.CmsOperation;
import io.tscns.cms.protocol.CodeHalves;
import io.tscns.cms.protocol.EntryOutcome;
import io.tscns.cms.protocol.HistoryEntry;
import io.tscns.cms.protocol.OperatorProfile;
import io.tscns.cms.protocol.OutboxMessage;
import io.tscns.cms.protocol.PersonData;
import io.tscns.cms.protocol.Receipt;
import io.tscns.cms.protocol.SecretText;
import io.tscns.core.card.CardId;
import io.tscns.core.card.TeamNumber;
import io.tscns.core.lifecycle.CardState;
import io.tscns.core.person.CodiceFiscale;
import io.tscns.core.person.Sex;
import io.tscns.cms.sandbox.internal.engine.Operation;
import io.tscns.cms.sandbox.internal.engine.Operator;
import io.tscns.cms.sandbox.internal.engine.Results;
import io.tscns.cms.sandbox.internal.store.Outbox;
import io.tscns.cms.sandbox.internal.store.Rows;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Turns the sandbox's rows and engine results into the records of the protocol's wire model
 * ({@code io.tscns.cms.protocol}). Halves of codes move from the engine's {@code char[]} into
 * {@link SecretText}s, and the engine's arrays are wiped. Stateless, thread-safe.
 */
public final class Wire {

    private Wire() {
    }

    /**
     * Returns a card's status.
     *
     * @param row the card row
     * @return the status
     */
    public static CardStatus card(Rows.CardRow row) {
        return new CardStatus(CardId.parse(row.cardId()), TeamNumber.parse(row.teamNumber()), row.state(),
                row.region(), row.expiryDate());
    }

    /**
     * Returns a person's data.
     *
     * @param row the holder row
     * @return the data
     */
    public static PersonData person(Rows.HolderRow row) {
        return new PersonData(row.surname(), row.givenName(), row.birthDate(), Sex.fromCode(row.sex().charAt(0)),
                row.birthPlace(), CodiceFiscale.parse(row.codiceFiscale()));
    }

    /**
     * Returns the row of a person's data.
     *
     * @param person the data
     * @return the row
     */
    public static Rows.HolderRow holderRow(PersonData person) {
        return new Rows.HolderRow(person.codiceFiscale().value(), person.surname(), person.name(),
                person.birthDate(), String.valueOf(person.sex().code()), person.birthPlace());
    }

    /**
     * Returns an operator's profile.
     *
     * @param operator the operator
     * @return the profile
     */
    public static OperatorProfile profile(Operator operator) {
        return new OperatorProfile(operator.operatorId(), operator.displayName(), operator.role(),
                operator.counterId(), operator.region(), operator.reissueEnabled());
    }

    /**
     * Returns one line of a card's history.
     *
     * @param row the journal row
     * @return the entry
     */
    public static HistoryEntry history(Rows.HistoryRow row) {
        CmsOperation operation = Operation.byAuditCode(row.operation()).map(Operation::protocol)
                .orElseThrow(() -> new IllegalStateException("unknown operation in the journal"));
        String outcome = row.outcome();
        EntryOutcome kind = outcome.startsWith("refused:") ? EntryOutcome.REFUSED
                : outcome.startsWith("failed:") ? EntryOutcome.FAILED : EntryOutcome.SUCCEEDED;
        Optional<String> problem = kind == EntryOutcome.SUCCEEDED ? Optional.empty()
                : Optional.of(outcome.substring(outcome.indexOf(':') + 1));
        return new HistoryEntry(row.sequence(), row.at(), operation, row.operatorId(), kind, problem,
                row.stateAfter().map(CardState::valueOf));
    }

    /**
     * Returns a receipt, taking the counter halves out of the engine's result (its arrays are wiped).
     *
     * @param receipt the engine's receipt
     * @return the protocol receipt; the caller destroys it once written
     */
    public static Receipt receipt(Results.Receipt receipt) {
        return new Receipt(receipt.receiptId(), CardId.parse(receipt.cardId()), receipt.operatorId(), receipt.at(),
                halves(receipt.counterHalves()), ChannelKind.valueOf(receipt.channelKind()),
                receipt.maskedChannel());
    }

    /**
     * Returns an outbox message, taking the halves out of the stored message (its arrays are wiped).
     *
     * @param message the stored message
     * @return the protocol message; the caller destroys its halves
     */
    public static OutboxMessage outbox(Outbox.Message message) {
        return new OutboxMessage(message.messageId(), ChannelKind.valueOf(message.channel()), message.address(),
                CardId.parse(message.cardId()), message.createdAt(), halves(message.halves()));
    }

    private static CodeHalves halves(List<char[]> halves) {
        try {
            return new CodeHalves(SecretText.of(halves.get(0)), SecretText.of(halves.get(1)),
                    halves.size() > 2 ? Optional.of(SecretText.of(halves.get(2))) : Optional.empty());
        } finally {
            halves.forEach(half -> Arrays.fill(half, '\0'));
        }
    }
}
