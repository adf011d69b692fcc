package io.tscns.simcard.internal;

import java.security.SecureRandom;

/**
 * The commands that use the card's key or its random generator ({@code docs/card.md §4.3}):
 *
 * <ul>
 *   <li>PERFORM SECURITY OPERATION ({@code 2A}) COMPUTE DIGITAL SIGNATURE, P1-P2 {@code 9E9A}, with the key set by
 *       MSE SET {@code B6}: a full-length block is signed as it is, a shorter input (a DigestInfo) is padded with
 *       PKCS#1 v1.5 type 1 first.</li>
 *   <li>PSO DECIPHER, P1-P2 {@code 8086}, with the key set by MSE SET {@code B8}: data = padding indicator
 *       {@code 00} followed by the cryptogram; the card returns the raw RSA result. OpenSC signs this way, with
 *       command chaining ({@code docs/pcsc.md §5}).</li>
 *   <li>INTERNAL AUTHENTICATE ({@code 88}), P1 {@code 00}, P2 {@code 00} (the key set by MSE SET {@code A4}) or the
 *       key reference {@code 01}/{@code 81}: signs the challenge like COMPUTE DIGITAL SIGNATURE.</li>
 *   <li>GET CHALLENGE ({@code 84}): Ne random bytes, 1 to 256.</li>
 * </ul>
 *
 * Every use of the key needs the user PIN verified since the last reset ({@code 6982} otherwise) and a key set in
 * the security environment ({@code 6985} otherwise).
 */
final class KeyCommands {

    private static final int MAX_CHALLENGE = 256;

    private final OnChipKey key;
    private final VolatileState state;
    private final SecureRandom random;

    KeyCommands(OnChipKey key, VolatileState state, SecureRandom random) {
        this.key = key;
        this.state = state;
        this.random = random;
    }

    Reply performSecurityOperation(Command command, byte[] data) {
        int p1p2 = (command.p1() << 8) | command.p2();
        if (p1p2 == 0x9E9A) {
            AccessRules.requireUserPin(state);
            requireKey(state.signatureKey());
            return Reply.success(key.sign(requireData(data)));
        }
        if (p1p2 == 0x8086) {
            AccessRules.requireUserPin(state);
            requireKey(state.decipherKey());
            if (data.length < 2) {
                throw new CardError(StatusWords.WRONG_LENGTH);
            }
            if (data[0] != 0x00) {
                throw new CardError(StatusWords.WRONG_DATA);
            }
            return Reply.success(key.privateOperation(java.util.Arrays.copyOfRange(data, 1, data.length)));
        }
        throw new CardError(StatusWords.WRONG_P1_P2);
    }

    Reply internalAuthenticate(Command command, byte[] data) {
        if (command.p1() != 0x00) {
            throw new CardError(StatusWords.WRONG_P1_P2);
        }
        if (command.p2() != 0x00 && (command.p2() & 0x7F) != OnChipKey.REFERENCE) {
            throw new CardError(StatusWords.REFERENCED_DATA_NOT_FOUND);
        }
        AccessRules.requireUserPin(state);
        if (command.p2() == 0x00) {
            requireKey(state.authenticationKey());
        }
        return Reply.success(key.sign(requireData(data)));
    }

    Reply getChallenge(Command command, byte[] data) {
        if (command.p1() != 0x00 || command.p2() != 0x00) {
            throw new CardError(StatusWords.WRONG_P1_P2);
        }
        if (data.length != 0 || command.ne() == 0 || command.ne() > MAX_CHALLENGE) {
            throw new CardError(StatusWords.WRONG_LENGTH);
        }
        byte[] challenge = new byte[command.ne()];
        random.nextBytes(challenge);
        return Reply.success(challenge);
    }

    private static void requireKey(int reference) {
        if (reference == VolatileState.NO_KEY) {
            throw new CardError(StatusWords.CONDITIONS_OF_USE_NOT_SATISFIED);
        }
    }

    private static byte[] requireData(byte[] data) {
        if (data.length == 0) {
            throw new CardError(StatusWords.WRONG_LENGTH);
        }
        return data;
    }
}
