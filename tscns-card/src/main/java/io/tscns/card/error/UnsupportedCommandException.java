package io.tscns.card.error;

import io.tscns.card.apdu.CommandHeader;

/**
 * The card does not support the instruction or class (<i>comando non supportato</i>): SW 6D00, 6E00, 6A81 (function
 * not supported), 6881 (logical channel) or 6882 (secure messaging).
 *
 * @since 0.1.0
 */
public final class UnsupportedCommandException extends CardStatusException {

    private static final long serialVersionUID = 1L;

    UnsupportedCommandException(String meaning, CommandHeader command, int statusWord) {
        super(meaning, command, statusWord);
    }
}
