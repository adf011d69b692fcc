package io.tscns.card.error;

import io.tscns.card.apdu.CommandHeader;

/**
 * A status word with no more specific meaning (<i>parola di stato inattesa</i>), for example 6F00 (no precise
 * diagnosis) or 6581 (memory failure). {@link #statusWord()} holds it.
 *
 * @since 0.1.0
 */
public final class UnexpectedStatusException extends CardStatusException {

    private static final long serialVersionUID = 1L;

    UnexpectedStatusException(String meaning, CommandHeader command, int statusWord) {
        super(meaning, command, statusWord);
    }
}
