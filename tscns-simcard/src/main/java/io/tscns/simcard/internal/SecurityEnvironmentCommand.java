package io.tscns.simcard.internal;

/**
 * MANAGE SECURITY ENVIRONMENT ({@code 22}), as OpenSC's CNS driver sends it ({@code docs/card.md §4.3}):
 *
 * <ul>
 *   <li>RESTORE, P1 {@code F3}, P2 = security environment {@code 03}: clears the keys set for signing, deciphering
 *       and authenticating. OpenSC adds a trailing {@code 00} (read as Le); with or without it the card accepts.
 *       Another environment number answers {@code 6A88}.</li>
 *   <li>SET, P1 with the SET nibble {@code 1} and the "computation, decipherment, internal authentication" bit
 *       (OpenSC sends {@code F1}), P2 = control reference template {@code B6} (digital signature), {@code B8}
 *       (confidentiality: PSO DECIPHER) or {@code A4} (authentication: INTERNAL AUTHENTICATE). The data holds
 *       {@code 83 01 <key>} or {@code 84 01 <key>} and optionally {@code 80 01 <algorithm>}; the card has one key,
 *       {@code 01} (also accepted as {@code 81}); another key answers {@code 6A88}.</li>
 * </ul>
 */
final class SecurityEnvironmentCommand {

    private static final int RESTORE = 0xF3;
    private static final int SET_NIBBLE = 0x01;
    private static final int FOR_COMPUTATION = 0x40;
    private static final int SECURITY_ENVIRONMENT = 0x03;
    private static final int DIGITAL_SIGNATURE_TEMPLATE = 0xB6;
    private static final int CONFIDENTIALITY_TEMPLATE = 0xB8;
    private static final int AUTHENTICATION_TEMPLATE = 0xA4;

    private final VolatileState state;

    SecurityEnvironmentCommand(VolatileState state) {
        this.state = state;
    }

    Reply handle(Command command, byte[] data) {
        if (command.p1() == RESTORE) {
            if (data.length != 0) {
                throw new CardError(StatusWords.WRONG_LENGTH);
            }
            if (command.p2() != SECURITY_ENVIRONMENT) {
                throw new CardError(StatusWords.REFERENCED_DATA_NOT_FOUND);
            }
            state.restoreSecurityEnvironment();
            return Reply.status(StatusWords.SUCCESS);
        }
        if ((command.p1() & 0x0F) != SET_NIBBLE || (command.p1() & FOR_COMPUTATION) == 0) {
            throw new CardError(StatusWords.WRONG_P1_P2);
        }
        int template = command.p2();
        if (template != DIGITAL_SIGNATURE_TEMPLATE
                && template != CONFIDENTIALITY_TEMPLATE
                && template != AUTHENTICATION_TEMPLATE) {
            throw new CardError(StatusWords.WRONG_P1_P2);
        }
        int key = keyReference(data);
        switch (template) {
            case DIGITAL_SIGNATURE_TEMPLATE -> state.signatureKey(key);
            case CONFIDENTIALITY_TEMPLATE -> state.decipherKey(key);
            default -> state.authenticationKey(key);
        }
        return Reply.status(StatusWords.SUCCESS);
    }

    private static int keyReference(byte[] data) {
        if (data.length == 0) {
            throw new CardError(StatusWords.WRONG_LENGTH);
        }
        int key = VolatileState.NO_KEY;
        int i = 0;
        while (i < data.length) {
            if (i + 2 > data.length) {
                throw new CardError(StatusWords.WRONG_DATA);
            }
            int tag = data[i] & 0xFF;
            int length = data[i + 1] & 0xFF;
            if (length != 1 || i + 2 + length > data.length) {
                throw new CardError(StatusWords.WRONG_DATA);
            }
            int value = data[i + 2] & 0xFF;
            switch (tag) {
                case 0x83, 0x84 -> key = value;
                case 0x80 -> {
                    // Algorithm reference: the card has one algorithm per template, so any value is accepted.
                }
                default -> throw new CardError(StatusWords.WRONG_DATA);
            }
            i += 2 + length;
        }
        if (key == VolatileState.NO_KEY) {
            throw new CardError(StatusWords.WRONG_DATA);
        }
        if ((key & 0x7F) != OnChipKey.REFERENCE) {
            throw new CardError(StatusWords.REFERENCED_DATA_NOT_FOUND);
        }
        return OnChipKey.REFERENCE;
    }
}
