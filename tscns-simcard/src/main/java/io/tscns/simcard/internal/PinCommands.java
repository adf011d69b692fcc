package io.tscns.simcard.internal;

import io.tscns.core.secret.InvalidSecretCodeException;
import io.tscns.core.secret.Pin;
import java.util.Arrays;

/**
 * The commands on the PIN and the PUK ({@code docs/card.md §4.3, §8}): VERIFY ({@code 20}), CHANGE REFERENCE DATA
 * ({@code 24}) and RESET RETRY COUNTER ({@code 2C}).
 *
 * <ul>
 *   <li>References: the PIN is {@code 10}, the PUK {@code 11}; both are also accepted with the "backtracking" bit
 *       ({@code 90}, {@code 91}) that OpenSC sets for STIncard cards ({@code docs/card.md §4.2, §5.4}). Any other
 *       reference answers {@code 6A88}.</li>
 *   <li>VERIFY with data checks the secret (padded with {@code FF} to 8 bytes if sent shorter): {@code 9000},
 *       or {@code 63Cx} with the tries left (a wrong try also clears the verified status), or {@code 6983} once
 *       blocked. VERIFY without data asks the status without spending a try: {@code 9000} if verified,
 *       {@code 63Cx} otherwise, {@code 6983} if blocked.</li>
 *   <li>CHANGE REFERENCE DATA, P1 {@code 00}: old PIN (8 bytes) then new PIN (8 bytes); success leaves the PIN
 *       verified. The PUK cannot be changed ({@code 6985}).</li>
 *   <li>RESET RETRY COUNTER on the PIN reference: P1 {@code 00} carries PUK and new PIN, P1 {@code 01} the PUK only
 *       (the PIN keeps its value and gets every try back). A wrong PUK spends a PUK try.</li>
 *   <li>A new PIN must be 5 to 8 ASCII digits padded with {@code FF} (the card field of
 *       {@link io.tscns.core.secret.Pin}); otherwise {@code 6A80}, checked before any try is spent.</li>
 * </ul>
 *
 * Every copy of a secret made here is wiped before the handler returns.
 */
final class PinCommands {

    static final int PIN_REFERENCE = 0x10;
    static final int PUK_REFERENCE = 0x11;
    private static final int BACKTRACKING = 0x80;
    private static final int STORED = ReferenceData.STORED_LENGTH;

    private final ReferenceData pin;
    private final ReferenceData puk;
    private final VolatileState state;

    PinCommands(ReferenceData pin, ReferenceData puk, VolatileState state) {
        this.pin = pin;
        this.puk = puk;
        this.state = state;
    }

    Reply verify(Command command, byte[] data) {
        requireP1(command, 0x00);
        boolean isPin = isPin(command.p2());
        ReferenceData secret = isPin ? pin : referenced(command.p2());
        if (data.length == 0) {
            if (secret.isBlocked()) {
                return Reply.status(StatusWords.AUTHENTICATION_METHOD_BLOCKED);
            }
            boolean verified = isPin ? state.pinVerified() : state.pukVerified();
            return Reply.status(verified ? StatusWords.SUCCESS : StatusWords.wrongSecret(secret.triesLeft()));
        }
        if (data.length > STORED) {
            throw new CardError(StatusWords.WRONG_LENGTH);
        }
        byte[] candidate = ReferenceData.pad(data);
        try {
            int sw = check(secret, candidate);
            if (isPin) {
                state.pinVerified(sw == StatusWords.SUCCESS);
            } else {
                state.pukVerified(sw == StatusWords.SUCCESS);
            }
            return Reply.status(sw);
        } finally {
            Arrays.fill(candidate, (byte) 0);
        }
    }

    Reply changeReferenceData(Command command, byte[] data) {
        requireP1(command, 0x00);
        if (!isPin(command.p2())) {
            referenced(command.p2());
            throw new CardError(StatusWords.CONDITIONS_OF_USE_NOT_SATISFIED);
        }
        if (data.length != 2 * STORED) {
            throw new CardError(StatusWords.WRONG_LENGTH);
        }
        byte[] old = Arrays.copyOfRange(data, 0, STORED);
        byte[] replacement = Arrays.copyOfRange(data, STORED, 2 * STORED);
        try {
            requireWellFormed(replacement);
            int sw = check(pin, old);
            state.pinVerified(sw == StatusWords.SUCCESS);
            if (sw == StatusWords.SUCCESS) {
                pin.replace(replacement);
            }
            return Reply.status(sw);
        } finally {
            Arrays.fill(old, (byte) 0);
            Arrays.fill(replacement, (byte) 0);
        }
    }

    Reply resetRetryCounter(Command command, byte[] data) {
        if (!isPin(command.p2())) {
            referenced(command.p2());
            throw new CardError(StatusWords.REFERENCED_DATA_NOT_FOUND);
        }
        boolean withNewPin = switch (command.p1()) {
            case 0x00 -> true;
            case 0x01 -> false;
            default -> throw new CardError(StatusWords.WRONG_P1_P2);
        };
        if (data.length != (withNewPin ? 2 * STORED : STORED)) {
            throw new CardError(StatusWords.WRONG_LENGTH);
        }
        byte[] pukCandidate = Arrays.copyOfRange(data, 0, STORED);
        byte[] replacement = withNewPin ? Arrays.copyOfRange(data, STORED, 2 * STORED) : new byte[0];
        try {
            if (withNewPin) {
                requireWellFormed(replacement);
            }
            int sw = check(puk, pukCandidate);
            if (sw == StatusWords.SUCCESS) {
                if (withNewPin) {
                    pin.replace(replacement);
                } else {
                    pin.unblock();
                }
                state.pinVerified(false);
            }
            return Reply.status(sw);
        } finally {
            Arrays.fill(pukCandidate, (byte) 0);
            Arrays.fill(replacement, (byte) 0);
        }
    }

    private static int check(ReferenceData secret, byte[] candidate) {
        if (secret.isBlocked()) {
            return StatusWords.AUTHENTICATION_METHOD_BLOCKED;
        }
        return secret.check(candidate) ? StatusWords.SUCCESS : StatusWords.wrongSecret(secret.triesLeft());
    }

    private static void requireWellFormed(byte[] replacement) {
        try {
            Pin.fromCardField(replacement).destroy();
        } catch (InvalidSecretCodeException e) {
            throw new CardError(StatusWords.WRONG_DATA);
        }
    }

    private static void requireP1(Command command, int expected) {
        if (command.p1() != expected) {
            throw new CardError(StatusWords.WRONG_P1_P2);
        }
    }

    private static boolean isPin(int reference) {
        return (reference & ~BACKTRACKING) == PIN_REFERENCE;
    }

    private ReferenceData referenced(int reference) {
        if ((reference & ~BACKTRACKING) == PUK_REFERENCE) {
            return puk;
        }
        throw new CardError(StatusWords.REFERENCED_DATA_NOT_FOUND);
    }
}
