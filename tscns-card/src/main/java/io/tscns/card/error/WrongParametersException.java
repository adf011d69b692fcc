package io.tscns.card.error;

import io.tscns.card.apdu.CommandHeader;

/**
 * The card rejected the parameters of a command (<i>parametri errati</i>): SW 6A80 (data field), 6A86 (P1 P2),
 * 6A87 (Lc inconsistent with P1 P2) or 6B00 (offset outside the file).
 *
 * @since 0.1.0
 */
public final class WrongParametersException extends CardStatusException {

    private static final long serialVersionUID = 1L;

    WrongParametersException(String meaning, CommandHeader command, int statusWord) {
        super(meaning, command, statusWord);
    }
}
