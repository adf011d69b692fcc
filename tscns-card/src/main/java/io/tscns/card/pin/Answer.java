package io.tscns.card.pin;

import io.tscns.card.apdu.CommandHeader;
import io.tscns.card.error.StatusWords;

/**
 * What a card's answer to a PIN or PUK command says about the code, the same whether the host sent the code
 * ({@link PinOperations}) or a PIN-pad reader did ({@link PinPadOperations}).
 */
enum Answer {
    ACCEPTED,
    WRONG,
    BLOCKED,
    OTHER;

    /**
     * Reads a status word. A refusal with no tries left (63C0, the answer some cards give to the last wrong try and
     * to a status query of a blocked code) is {@link #BLOCKED}, like 6983: the code can no longer be presented, and
     * telling the holder "wrong, 0 tries left" would only have them try once more to meet "blocked".
     */
    static Answer of(int sw) {
        if (sw == StatusWords.SUCCESS) {
            return ACCEPTED;
        }
        if (sw == StatusWords.AUTHENTICATION_BLOCKED || sw == 0x63C0) {
            return BLOCKED;
        }
        return sw == 0x6300 || (sw & 0xFFF0) == 0x63C0 ? WRONG : OTHER;
    }

    /**
     * Maps the answer to a command that presented a code.
     *
     * @param command the command's header, for the exception
     * @param sw      the status word
     * @return accepted, rejected with the tries left, or blocked
     * @throws io.tscns.card.error.CardStatusException for any other status word
     */
    static VerificationResult toResult(CommandHeader command, int sw) {
        return switch (of(sw)) {
            case ACCEPTED -> new VerificationResult.Accepted();
            case WRONG -> new VerificationResult.Rejected(StatusWords.triesLeft(sw));
            case BLOCKED -> new VerificationResult.Blocked();
            case OTHER -> throw StatusWords.toException(command, sw);
        };
    }
}
