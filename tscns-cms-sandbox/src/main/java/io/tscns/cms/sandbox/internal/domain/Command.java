package io.tscns.cms.sandbox.internal.domain;

import io.tscns.cms.protocol.CounterRecord;
import java.util.Map;
import java.util.Optional;

/**
 * What an operator asks of the sandbox, in domain types (<i>richiesta</i>): the input of one operation's handler. The
 * HTTP layer builds it from the protocol's request record; the pipeline reads its subject and details for the audit
 * trail. Implementations are records.
 */
public interface Command {

    /**
     * Returns what the operation is about.
     *
     * @return the card, the person, or {@link Subject#NONE}
     */
    Subject subject();

    /**
     * Returns what was asked, for the audit entry (the activation mode, the channel kind, a cause): short codes,
     * never a secret or an address.
     *
     * @return the details, by key; empty by default
     */
    default Map<String, String> details() {
        return Map.of();
    }

    /**
     * Returns what the counter checked and collected for this operation, kept in the card's history
     * ({@code docs/cms.md §9}).
     *
     * @return the record; empty by default
     */
    default Optional<CounterRecord> counterRecord() {
        return Optional.empty();
    }
}
