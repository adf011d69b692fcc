package io.tscns.card.error;

import io.tscns.card.apdu.CommandHeader;

/**
 * The card does not allow the command in its current state (<i>comando non consentito</i>): SW 6981 (incompatible
 * file structure), 6985 (conditions of use not satisfied) or 6986 (no current EF).
 *
 * @since 0.1.0
 */
public final class CommandNotAllowedException extends CardStatusException {

    private static final long serialVersionUID = 1L;

    CommandNotAllowedException(String meaning, CommandHeader command, int statusWord) {
        super(meaning, command, statusWord);
    }
}
