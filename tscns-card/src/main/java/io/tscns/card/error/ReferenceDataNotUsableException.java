package io.tscns.card.error;

import io.tscns.card.apdu.CommandHeader;

/**
 * The referenced PIN, PUK or key cannot be used (<i>dati di riferimento non utilizzabili</i>): SW 6984, for example
 * a code that was never activated or has been invalidated.
 *
 * @since 0.1.0
 */
public final class ReferenceDataNotUsableException extends CardStatusException {

    private static final long serialVersionUID = 1L;

    ReferenceDataNotUsableException(String meaning, CommandHeader command, int statusWord) {
        super(meaning, command, statusWord);
    }
}
