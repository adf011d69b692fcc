package io.tscns.card.error;

import io.tscns.card.apdu.CommandHeader;
import java.util.HexFormat;

/**
 * The card refused a command with an error status word (<i>parola di stato di errore</i>, ISO/IEC 7816-4 §5.6).
 *
 * <p>Carries the status word and the header (CLA, INS, P1, P2) of the refused command, never its data. Each
 * subclass stands for one meaning of the status word, as OpenSC maps them for CNS cards ({@code docs/card.md §4.3}).
 * {@link StatusWords#toException(CommandHeader, int)} chooses the subclass.
 *
 * @since 0.1.0
 */
public abstract sealed class CardStatusException extends CardAccessException
        permits WrongPinException,
                AuthenticationBlockedException,
                SecurityStatusNotSatisfiedException,
                ReferenceDataNotUsableException,
                CommandNotAllowedException,
                CardFileNotFoundException,
                ReferencedDataNotFoundException,
                WrongLengthException,
                WrongParametersException,
                UnsupportedCommandException,
                UnexpectedStatusException {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private static final long serialVersionUID = 1L;

    private final int statusWord;
    private final CommandHeader command;

    CardStatusException(String meaning, CommandHeader command, int statusWord) {
        super(meaning + " (SW " + HEX.toHexDigits((short) statusWord) + " to command " + command
                + StatusWords.commandName(command.ins()) + ")");
        this.statusWord = statusWord;
        this.command = command;
    }

    /**
     * Returns the status word the card answered.
     *
     * @return SW1 SW2 as one number, e.g. 0x6A82
     */
    public int statusWord() {
        return statusWord;
    }

    /**
     * Returns the header of the refused command.
     *
     * @return CLA, INS, P1, P2
     */
    public CommandHeader command() {
        return command;
    }
}
