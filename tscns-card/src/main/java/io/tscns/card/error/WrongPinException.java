package io.tscns.card.error;

import io.tscns.card.apdu.CommandHeader;
import java.util.OptionalInt;

/**
 * A PIN or PUK was wrong (<i>PIN errato</i>): SW 63Cx, where x is the number of tries left, or 6300 when the card
 * does not say. The PIN operations of this SDK report a wrong code as a result rather than throwing this; it
 * appears when a raw command is checked with {@link StatusWords#toException(CommandHeader, int)}.
 *
 * @since 0.1.0
 */
public final class WrongPinException extends CardStatusException {

    private static final long serialVersionUID = 1L;

    private final int triesLeft;

    WrongPinException(String meaning, CommandHeader command, int statusWord) {
        super(meaning, command, statusWord);
        this.triesLeft = StatusWords.triesLeft(statusWord).orElse(-1);
    }

    /**
     * Returns how many tries are left before the code blocks.
     *
     * @return the count from SW 63Cx, or empty for SW 6300
     */
    public OptionalInt triesLeft() {
        return triesLeft < 0 ? OptionalInt.empty() : OptionalInt.of(triesLeft);
    }
}
