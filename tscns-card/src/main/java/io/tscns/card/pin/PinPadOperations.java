package io.tscns.card.pin;

import io.tscns.card.apdu.CnsCommands;
import io.tscns.card.apdu.CommandApdu;
import io.tscns.card.apdu.CommandHeader;
import io.tscns.card.error.CardCommunicationException;
import io.tscns.card.error.PinPadException;
import io.tscns.card.error.PinPadProblem;
import io.tscns.card.error.UnexpectedResponseException;
import io.tscns.card.pinpad.PinEntryFormat;
import io.tscns.card.pinpad.PinModifyStructure;
import io.tscns.card.pinpad.PinVerifyStructure;
import io.tscns.card.pinpad.ReaderControl;
import io.tscns.card.pinpad.ReaderFeature;
import io.tscns.card.pinpad.ReaderFeatures;
import io.tscns.card.profile.Quirks;
import io.tscns.core.secret.CodeFormat;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PIN and PUK operations typed on a PIN-pad reader (<i>PIN digitato sul lettore</i>), PC/SC part 10: the host hands
 * the reader the same command the keyboard path sends ({@link PinOperations}: same CLA, INS, P1, P2, reference and
 * 8-byte blocks) with its code bytes left blank ({@code FF}), and the reader writes the digits typed on its keypad
 * into the blocks, ASCII and left-justified, so that the card receives exactly what {@link
 * io.tscns.core.secret.CardCode#paddedForCard()} would give. The PIN and PUK never pass through the host
 * ({@code docs/pcsc.md §10}).
 *
 * <ul>
 *   <li>verify: {@code FEATURE_VERIFY_PIN_DIRECT}, template {@code 00 20 00 <PIN ref> 08 FF…FF}, 5 to 8 digits;</li>
 *   <li>change: {@code FEATURE_MODIFY_PIN_DIRECT}, template {@code 00 24 00 <PIN ref> 10 FF…FF}, current PIN at
 *       offset 0, new PIN (typed twice) at offset 8;</li>
 *   <li>unblock: {@code FEATURE_MODIFY_PIN_DIRECT}, template {@code 00 2C 00 <PIN ref> 10 FF…FF}, PUK at offset 0
 *       (the reader's "current code" entry), new PIN (typed twice) at offset 8. The structure has one size range for
 *       both entries, so the reader accepts 5 to 8 digits for the PUK and the card judges it;</li>
 *   <li>unblock keeping the PIN: {@code FEATURE_VERIFY_PIN_DIRECT}, template {@code 00 2C 01 <PIN ref> 08 FF…FF},
 *       8 digits.</li>
 * </ul>
 *
 * <p>The reader answers with the card's status word, or with one PC/SC part 10 reserves for itself (6400 timeout,
 * 6401 cancelled, 6402 the new entries differ, 6403 wrong length, 6B80 structure refused), which becomes a
 * {@link PinPadException}. Not thread-safe; {@code CnsCard} serialises.
 *
 * @since 0.1.0
 */
public final class PinPadOperations {

    /** How long the reader waits for keys, in seconds. */
    public static final int TIMEOUT_SECONDS = 30;

    private static final Logger LOG = LoggerFactory.getLogger(PinPadOperations.class);
    private static final byte BLANK = (byte) 0xFF;
    private static final int MESSAGES_FOR_MODIFY = 3;

    private final ReaderControl control;
    private final ReaderFeatures features;
    private final Quirks quirks;

    private PinPadOperations(ReaderControl control, ReaderFeatures features, Quirks quirks) {
        this.control = control;
        this.features = features;
        this.quirks = quirks;
    }

    /**
     * Asks a reader for its part 10 features and returns the operations if it can take a PIN on its keypad.
     *
     * @param control the reader
     * @param quirks  the card's quirks, for the PIN reference
     * @return the operations, or empty if the reader announces no {@code FEATURE_VERIFY_PIN_DIRECT} or does not
     *         answer the feature request at all (a reader without part 10)
     * @throws UnexpectedResponseException if the reader's feature list is malformed
     * @throws io.tscns.card.error.CardConnectionException if the card or reader is gone
     */
    public static Optional<PinPadOperations> discover(ReaderControl control, Quirks quirks) {
        Objects.requireNonNull(quirks, "quirks");
        byte[] answer;
        try {
            answer = control.control(control.encoding().getFeatureRequest(), new byte[0]);
        } catch (CardCommunicationException e) {
            LOG.debug("the reader does not answer GET_FEATURE_REQUEST ({}): no PIN pad", e.getMessage());
            return Optional.empty();
        }
        ReaderFeatures features = ReaderFeatures.parse(answer);
        LOG.debug("reader features: {}", features.controlCodes().keySet());
        return features.verifiesOnKeypad()
                ? Optional.of(new PinPadOperations(control, features, quirks))
                : Optional.empty();
    }

    /**
     * Returns the reader's features.
     *
     * @return what the reader announced
     */
    public ReaderFeatures features() {
        return features;
    }

    /**
     * Verifies the PIN typed on the reader.
     *
     * @return accepted, rejected with the tries left, or blocked
     * @throws PinPadException if the entry timed out, was cancelled or had the wrong length
     * @throws io.tscns.card.error.CardStatusException for any other refusal of the card
     */
    public VerificationResult verify() {
        CommandApdu template = CnsCommands.verify(quirks.pinReference(), blank(1));
        return verifyDirect(template, CodeFormat.PIN);
    }

    /**
     * Unblocks the PIN with the PUK typed on the reader, keeping the PIN's value.
     *
     * @return accepted, rejected with the PUK's tries left, or the PUK is blocked
     * @throws PinPadException if the entry timed out, was cancelled or had the wrong length
     */
    public VerificationResult unblockKeepingPin() {
        CommandApdu template = CnsCommands.resetRetryCounterKeepingPin(quirks.pinReference(), blank(1));
        return verifyDirect(template, CodeFormat.PUK);
    }

    /**
     * Changes the PIN: the reader asks the current PIN, then the new one twice.
     *
     * @return accepted, rejected with the current PIN's tries left, or blocked
     * @throws PinPadException if the reader cannot modify a PIN, or the entry timed out, was cancelled, or the two
     *                         new entries differ
     */
    public VerificationResult change() {
        return modifyDirect(CnsCommands.changeReferenceData(quirks.pinReference(), blank(2)));
    }

    /**
     * Unblocks the PIN: the reader asks the PUK, then the new PIN twice.
     *
     * @return accepted, rejected with the PUK's tries left, or the PUK is blocked
     * @throws PinPadException if the reader cannot modify a PIN, or the entry timed out, was cancelled, or the two
     *                         new entries differ
     */
    public VerificationResult unblock() {
        return modifyDirect(CnsCommands.resetRetryCounter(quirks.pinReference(), blank(2)));
    }

    private VerificationResult verifyDirect(CommandApdu template, CodeFormat code) {
        PinEntryFormat format = PinEntryFormat.cnsBlock(code.minLength(), code.maxLength(), TIMEOUT_SECONDS);
        byte[] structure = new PinVerifyStructure(format, 1, 0, template).encode();
        return send(ReaderFeature.VERIFY_PIN_DIRECT, structure, template);
    }

    private VerificationResult modifyDirect(CommandApdu template) {
        PinEntryFormat format =
                PinEntryFormat.cnsBlock(CodeFormat.PIN.minLength(), CodeFormat.PIN.maxLength(), TIMEOUT_SECONDS);
        byte[] structure = new PinModifyStructure(
                        format,
                        0,
                        CnsCommands.CODE_BLOCK_LENGTH,
                        PinModifyStructure.ASK_CURRENT_AND_CONFIRM,
                        MESSAGES_FOR_MODIFY,
                        0,
                        1,
                        2,
                        template)
                .encode();
        return send(ReaderFeature.MODIFY_PIN_DIRECT, structure, template);
    }

    private VerificationResult send(ReaderFeature feature, byte[] structure, CommandApdu template) {
        int code = features.controlCode(feature).orElseThrow(() -> new PinPadException(PinPadProblem.FEATURE_MISSING));
        CommandHeader header = CommandHeader.of(template);
        LOG.debug("PIN pad {}: template {}", feature, header);
        byte[] answer = control.control(code, structure);
        if (answer.length < 2) {
            throw new UnexpectedResponseException("the reader answered " + feature + " with " + answer.length
                    + " bytes; expected at least the status word");
        }
        int sw = (answer[answer.length - 2] & 0xFF) << 8 | answer[answer.length - 1] & 0xFF;
        LOG.debug("PIN pad {}: SW {}", feature, String.format("%04X", sw));
        readerProblem(sw).ifPresent(problem -> {
            throw new PinPadException(problem);
        });
        return Answer.toResult(header, sw);
    }

    /** The status words PC/SC part 10 reserves for the reader's answer to a direct PIN command. */
    private static Optional<PinPadProblem> readerProblem(int sw) {
        return Optional.ofNullable(
                switch (sw) {
                    case 0x6400 -> PinPadProblem.TIMED_OUT;
                    case 0x6401 -> PinPadProblem.CANCELLED;
                    case 0x6402 -> PinPadProblem.ENTRIES_DIFFER;
                    case 0x6403 -> PinPadProblem.LENGTH_OUT_OF_RANGE;
                    case 0x6B80 -> PinPadProblem.STRUCTURE_REFUSED;
                    default -> null;
                });
    }

    /** Blank code blocks: the reader writes the digits over them; unused bytes stay FF, the CNS padding. */
    private static byte[] blank(int blocks) {
        byte[] data = new byte[blocks * CnsCommands.CODE_BLOCK_LENGTH];
        Arrays.fill(data, BLANK);
        return data;
    }
}
