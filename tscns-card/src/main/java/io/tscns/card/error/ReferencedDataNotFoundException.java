package io.tscns.card.error;

import io.tscns.card.apdu.CommandHeader;

/**
 * The referenced key, PIN or data object does not exist (<i>dati di riferimento non trovati</i>): SW 6A88, for
 * example a PIN reference without the STIncard 0x80 bit on a card that needs it.
 *
 * @since 0.1.0
 */
public final class ReferencedDataNotFoundException extends CardStatusException {

    private static final long serialVersionUID = 1L;

    ReferencedDataNotFoundException(String meaning, CommandHeader command, int statusWord) {
        super(meaning, command, statusWord);
    }
}
