package io.tscns.card.error;

import io.tscns.card.apdu.CommandHeader;

/**
 * The PIN or PUK is blocked (<i>PIN bloccato</i> / <i>PUK bloccato</i>): SW 6983, "authentication method blocked".
 * A blocked PIN is unblocked with the PUK; a blocked PUK means a new card.
 *
 * @since 0.1.0
 */
public final class AuthenticationBlockedException extends CardStatusException {

    private static final long serialVersionUID = 1L;

    AuthenticationBlockedException(String meaning, CommandHeader command, int statusWord) {
        super(meaning, command, statusWord);
    }
}
