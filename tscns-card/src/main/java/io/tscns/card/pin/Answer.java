package io.tscns.card.pin;

import io.tscns.card.apdu.CommandHeader;
import io.tscns.card.error.StatusWords;

/**
 * What a card's answer to a PIN or PUK command says about the code, the same whether the host sent the code
 * ({@link PinOperations}) or a PIN-pad reader did ({@link PinPadOperations}).
 */
enum Answer {
    ACCEPTED, WRONG, BLOCKED, OTHER;

    static Answer of(int sw) {
        if (sw == StatusWords.SUCCESS) {
            return ACCEPTED;
        }
        if (sw == 0x6300 || (sw & 0xFFF0) == 0x63C0) {
            return WRONG;
        }
        return sw == StatusWords.AUTHENTICATION_BLOCKED ? BLOCKED : OTHER;
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
