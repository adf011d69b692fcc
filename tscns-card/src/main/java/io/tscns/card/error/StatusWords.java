package io.tscns.card.error;

import io.tscns.card.apdu.CommandHeader;
import io.tscns.card.apdu.Instruction;
import io.tscns.card.apdu.ResponseApdu;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Status words of a CNS card (<i>parole di stato</i>) and the exception each error maps to, following OpenSC's
 * mapping for CNS cards ({@code docs/card.md §4.3}) and ISO/IEC 7816-4 §5.6 for the rest. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class StatusWords {

    /** Normal completion. */
    public static final int SUCCESS = 0x9000;
    /** Warning: end of file reached before Le bytes (READ BINARY keeps the data returned). */
    public static final int END_OF_FILE = 0x6282;
    /** File or application not found. */
    public static final int FILE_NOT_FOUND = 0x6A82;
    /** Wrong length (Lc or Le). */
    public static final int WRONG_LENGTH = 0x6700;
    /** Wrong parameters P1 P2: for READ BINARY, an offset outside the file. */
    public static final int WRONG_P1_P2 = 0x6B00;
    /** Authentication method (PIN or PUK) blocked. */
    public static final int AUTHENTICATION_BLOCKED = 0x6983;
    /** Security status not satisfied: a PIN must be verified first. */
    public static final int SECURITY_STATUS_NOT_SATISFIED = 0x6982;

    private StatusWords() {}

    /**
     * Returns the exception that stands for an error status word.
     *
     * @param command the header of the command the card refused
     * @param sw      the status word
     * @return the matching subclass of {@link CardStatusException}; {@link UnexpectedStatusException} for a status
     *         word with no more specific meaning (including one that is not an error at all)
     */
    public static CardStatusException toException(CommandHeader command, int sw) {
        String meaning = describe(sw);
        int sw1 = sw >>> 8;
        if (sw == 0x6300 || (sw & 0xFFF0) == 0x63C0) {
            return new WrongPinException(meaning, command, sw);
        }
        if (sw1 == 0x6C) {
            return new WrongLengthException(meaning, command, sw);
        }
        return switch (sw) {
            case AUTHENTICATION_BLOCKED -> new AuthenticationBlockedException(meaning, command, sw);
            case SECURITY_STATUS_NOT_SATISFIED -> new SecurityStatusNotSatisfiedException(meaning, command, sw);
            case 0x6984 -> new ReferenceDataNotUsableException(meaning, command, sw);
            case 0x6981, 0x6985, 0x6986 -> new CommandNotAllowedException(meaning, command, sw);
            case FILE_NOT_FOUND -> new CardFileNotFoundException(meaning, command, sw);
            case 0x6A88 -> new ReferencedDataNotFoundException(meaning, command, sw);
            case WRONG_LENGTH -> new WrongLengthException(meaning, command, sw);
            case 0x6A80, 0x6A86, 0x6A87, WRONG_P1_P2 -> new WrongParametersException(meaning, command, sw);
            case 0x6D00, 0x6E00, 0x6A81, 0x6881, 0x6882 -> new UnsupportedCommandException(meaning, command, sw);
            default -> new UnexpectedStatusException(meaning, command, sw);
        };
    }

    /**
     * Returns the response data if the card answered 9000, and throws the mapped exception otherwise.
     *
     * @param command  the header of the command that was sent
     * @param response the card's response
     * @return the response data
     * @throws CardStatusException if the status word is not 9000
     */
    public static byte[] requireSuccess(CommandHeader command, ResponseApdu response) {
        if (!response.isSuccess()) {
            throw toException(command, response.sw());
        }
        return response.data();
    }

    /**
     * Returns the tries left that a status word reports.
     *
     * @param sw a status word
     * @return x for 63Cx, empty for any other status word
     */
    public static OptionalInt triesLeft(int sw) {
        return (sw & 0xFFF0) == 0x63C0 ? OptionalInt.of(sw & 0x0F) : OptionalInt.empty();
    }

    /**
     * Describes a status word in English.
     *
     * @param sw a status word, 0000 to FFFF
     * @return a short description, e.g. "file not found"
     */
    public static String describe(int sw) {
        int sw1 = sw >>> 8;
        int sw2 = sw & 0xFF;
        if ((sw & 0xFFF0) == 0x63C0) {
            return "wrong PIN or PUK, " + sw2 % 16 + (sw2 % 16 == 1 ? " try" : " tries") + " left";
        }
        if (sw1 == 0x61) {
            return (sw2 == 0 ? 256 : sw2) + " response bytes still available";
        }
        if (sw1 == 0x6C) {
            return "wrong Le; the card offers " + (sw2 == 0 ? 256 : sw2) + " bytes";
        }
        return switch (sw) {
            case SUCCESS -> "success";
            case 0x6281 -> "part of the returned data may be corrupted";
            case END_OF_FILE -> "end of file reached before reading Le bytes";
            case 0x6283 -> "selected file deactivated";
            case 0x6300 -> "verification failed";
            case 0x6400 -> "execution error, card state unchanged";
            case 0x6581 -> "memory failure";
            case WRONG_LENGTH -> "wrong length";
            case 0x6881 -> "logical channel not supported";
            case 0x6882 -> "secure messaging not supported";
            case 0x6981 -> "command incompatible with the file structure";
            case SECURITY_STATUS_NOT_SATISFIED -> "security status not satisfied (PIN not verified)";
            case AUTHENTICATION_BLOCKED -> "authentication method blocked (PIN or PUK blocked)";
            case 0x6984 -> "reference data not usable";
            case 0x6985 -> "conditions of use not satisfied";
            case 0x6986 -> "command not allowed (no current EF)";
            case 0x6A80 -> "incorrect parameters in the data field";
            case 0x6A81 -> "function not supported";
            case FILE_NOT_FOUND -> "file or application not found";
            case 0x6A83 -> "record not found";
            case 0x6A84 -> "not enough memory space in the file";
            case 0x6A86 -> "incorrect parameters P1 P2";
            case 0x6A87 -> "Lc inconsistent with P1 P2";
            case 0x6A88 -> "referenced data or reference data not found";
            case WRONG_P1_P2 -> "wrong parameters P1 P2 (offset outside the file)";
            case 0x6D00 -> "instruction not supported";
            case 0x6E00 -> "class not supported";
            case 0x6F00 -> "no precise diagnosis";
            default -> "status word " + String.format(Locale.ROOT, "%04X", sw);
        };
    }

    static String commandName(int ins) {
        return Instruction.of(ins).map(i -> ", " + i.name().replace('_', ' ')).orElse("");
    }
}
