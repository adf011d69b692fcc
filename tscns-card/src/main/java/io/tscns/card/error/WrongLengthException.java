package io.tscns.card.error;

import io.tscns.card.apdu.CommandHeader;
import java.util.OptionalInt;

/**
 * The card rejected the length of a command (<i>lunghezza errata</i>): SW 6700, or 6Cxx (wrong Le, with the right
 * one in SW2) when the transport did not resend the command itself.
 *
 * @since 0.1.0
 */
public final class WrongLengthException extends CardStatusException {

    private static final long serialVersionUID = 1L;

    WrongLengthException(String meaning, CommandHeader command, int statusWord) {
        super(meaning, command, statusWord);
    }

    /**
     * Returns the response length the card offered with SW 6Cxx.
     *
     * @return xx (00 meaning 256), or empty for SW 6700
     */
    public OptionalInt availableLength() {
        if ((statusWord() >>> 8) != 0x6C) {
            return OptionalInt.empty();
        }
        int xx = statusWord() & 0xFF;
        return OptionalInt.of(xx == 0 ? 256 : xx);
    }
}
