package io.tscns.card.error;

import io.tscns.card.apdu.CommandHeader;

/**
 * The command needs a verified PIN first (<i>condizioni di sicurezza non soddisfatte</i>): SW 6982, for example a
 * signature before VERIFY.
 *
 * @since 0.1.0
 */
public final class SecurityStatusNotSatisfiedException extends CardStatusException {

    private static final long serialVersionUID = 1L;

    SecurityStatusNotSatisfiedException(String meaning, CommandHeader command, int statusWord) {
        super(meaning, command, statusWord);
    }
}
