package io.tscns.card.error;

import io.tscns.card.apdu.CommandHeader;

/**
 * The file or application does not exist on the card (<i>file non trovato</i>): SW 6A82. CNS cards answer it for
 * every optional file they lack, so the file-system reader turns it into an empty result where a file is
 * optional.
 *
 * @since 0.1.0
 */
public final class CardFileNotFoundException extends CardStatusException {

    private static final long serialVersionUID = 1L;

    CardFileNotFoundException(String meaning, CommandHeader command, int statusWord) {
        super(meaning, command, statusWord);
    }
}
