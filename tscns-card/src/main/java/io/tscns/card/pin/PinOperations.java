package io.tscns.card.pin;

import io.tscns.card.apdu.CnsCommands;
import io.tscns.card.apdu.CommandApdu;
import io.tscns.card.apdu.CommandHeader;
import io.tscns.card.apdu.internal.Exchange;
import io.tscns.card.error.StatusWords;
import io.tscns.card.profile.Quirks;
import io.tscns.card.transport.CardTransport;
import io.tscns.core.secret.CardCode;
import io.tscns.core.secret.Pin;
import io.tscns.core.secret.Puk;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * PIN and PUK operations on a CNS (<i>gestione di PIN e PUK</i>): verify, ask the tries left, change the PIN,
 * unblock it with the PUK. The references come from the card's {@link Quirks} (10 and 11, or 90 and 91 on STIncard
 * masks); the formats are tscns-core's ({@link Pin}: 5 to 8 digits, {@link Puk}: 8 digits), sent as 8-byte blocks
 * padded with FF ({@code docs/card.md §4.3, §8}).
 *
 * <p>Secrets are handled by construction: every block and every command holding one is wiped in a {@code finally}
 * once sent; the APDU tracer and every exception show the header of these commands, never their data. The
 * {@link Pin} and {@link Puk} objects stay the caller's to destroy.
 *
 * <p>Not thread-safe: one instance per card connection, used by one thread at a time ({@code CnsCard} serialises).
 *
 * @since 0.1.0
 */
public final class PinOperations {

    private final CardTransport transport;
    private final Quirks quirks;

    /**
     * Creates the operations for one card connection.
     *
     * @param transport the transport to the card
     * @param quirks    the card's quirks, from its profile
     */
    public PinOperations(CardTransport transport, Quirks quirks) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.quirks = Objects.requireNonNull(quirks, "quirks");
    }

    /**
     * Verifies the PIN: {@code 00 20 00 <PIN reference> 08 <PIN block>}.
     *
     * @param pin the PIN
     * @return accepted, rejected with the tries left, or blocked
     * @throws io.tscns.card.error.CardStatusException for any other refusal, e.g. 6A88 if the reference is wrong
     */
    public VerificationResult verify(Pin pin) {
        byte[] block = pin.paddedForCard();
        return send(() -> CnsCommands.verify(quirks.pinReference(), block), block);
    }

    /**
     * Asks how many PIN tries are left without spending one: {@code 00 20 00 <PIN reference>}.
     *
     * @return the PIN's status
     */
    public PinStatus pinStatus() {
        return status(quirks.pinReference());
    }

    /**
     * Asks how many PUK tries are left without spending one: {@code 00 20 00 <PUK reference>}.
     *
     * @return the PUK's status
     */
    public PinStatus pukStatus() {
        return status(quirks.pukReference());
    }

    private PinStatus status(int reference) {
        int sw = Exchange.send(transport, CnsCommands.verifyStatus(reference)).sw();
        return switch (Answer.of(sw)) {
            case ACCEPTED -> new PinStatus.Verified();
            case WRONG -> new PinStatus.NotVerified(StatusWords.triesLeft(sw));
            case BLOCKED -> new PinStatus.Blocked();
            case OTHER -> new PinStatus.NotReported(sw);
        };
    }

    /**
     * Changes the PIN: {@code 00 24 00 <PIN reference> 10 <current block> <new block>}.
     *
     * @param current     the current PIN, which the card checks
     * @param replacement the new PIN
     * @return accepted (the new PIN is set), rejected with the tries left of the current PIN, or blocked
     * @throws io.tscns.card.error.CardStatusException for any other refusal
     */
    public VerificationResult change(Pin current, Pin replacement) {
        byte[] blocks = twoBlocks(current, replacement);
        return send(() -> CnsCommands.changeReferenceData(quirks.pinReference(), blocks), blocks);
    }

    /**
     * Unblocks the PIN with the PUK and sets a new PIN: {@code 00 2C 00 <PIN reference> 10 <PUK block> <new PIN
     * block>}. P2 is the PIN's reference, as on every CNS ({@code docs/card.md §4.3}).
     *
     * @param puk    the PUK, which the card checks
     * @param newPin the new PIN
     * @return accepted, rejected with the PUK's tries left, or the PUK is blocked
     * @throws io.tscns.card.error.CardStatusException for any other refusal
     */
    public VerificationResult unblock(Puk puk, Pin newPin) {
        byte[] blocks = twoBlocks(puk, newPin);
        return send(() -> CnsCommands.resetRetryCounter(quirks.pinReference(), blocks), blocks);
    }

    /**
     * Unblocks the PIN with the PUK, keeping the PIN's value: {@code 00 2C 01 <PIN reference> 08 <PUK block>}.
     *
     * @param puk the PUK, which the card checks
     * @return accepted, rejected with the PUK's tries left, or the PUK is blocked
     * @throws io.tscns.card.error.CardStatusException for any other refusal
     */
    public VerificationResult unblock(Puk puk) {
        byte[] block = puk.paddedForCard();
        return send(() -> CnsCommands.resetRetryCounterKeepingPin(quirks.pinReference(), block), block);
    }

    private static byte[] twoBlocks(CardCode first, CardCode second) {
        byte[] a = first.paddedForCard();
        byte[] b = second.paddedForCard();
        try {
            byte[] both = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, both, a.length, b.length);
            return both;
        } finally {
            Arrays.fill(a, (byte) 0);
            Arrays.fill(b, (byte) 0);
        }
    }

    private VerificationResult send(Supplier<CommandApdu> build, byte[] secret) {
        CommandApdu command = null;
        try {
            command = build.get();
            return Answer.toResult(
                    CommandHeader.of(command), Exchange.send(transport, command).sw());
        } finally {
            Arrays.fill(secret, (byte) 0);
            if (command != null) {
                command.wipe();
            }
        }
    }
}
