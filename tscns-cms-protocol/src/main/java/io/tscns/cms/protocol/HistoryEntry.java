package io.tscns.cms.protocol;

import static io.tscns.cms.protocol.WireText.required;
import static io.tscns.cms.protocol.WireText.text;

import io.tscns.core.lifecycle.CardState;
import io.tscns.core.person.CodiceFiscale;
import java.time.Instant;
import java.util.Optional;

/**
 * One operation on a card, successful or refused (DM 2011 Allegato 2: operator id, date and time, details).
 *
 * @param sequence    the audit sequence number
 * @param at          when
 * @param operation   which operation
 * @param operatorId  who
 * @param outcome     succeeded, refused or failed
 * @param problemCode the problem code of a refusal or failure
 * @param stateAfter  the card's state after the operation, when it changed it
 * @param holder        the holder's codice fiscale, when the CMS knows it ({@code docs/cms.md §9.3})
 * @param counterRecord what the counter checked and collected, for an operation done in the holder's or a
 *                      delegate's presence
 * @since 0.1.0
 */
public record HistoryEntry(
        long sequence,
        Instant at,
        CmsOperation operation,
        String operatorId,
        EntryOutcome outcome,
        Optional<String> problemCode,
        Optional<CardState> stateAfter,
        Optional<CodiceFiscale> holder,
        Optional<CounterRecord> counterRecord) {

    /** Checks the components. */
    public HistoryEntry {
        required("at", at);
        required("operation", operation);
        text("operatorId", operatorId, 64);
        required("outcome", outcome);
        WireText.optionalText("problemCode", required("problemCode", problemCode), 64);
        required("stateAfter", stateAfter);
        required("holder", holder);
        required("counterRecord", counterRecord);
    }
}
