package io.tscns.card.pinpad;

import java.util.Arrays;
import java.util.Optional;

/**
 * A feature a PC/SC reader may announce (<i>funzionalità del lettore</i>), by its tag in the answer to
 * {@code CM_IOCTL_GET_FEATURE_REQUEST} (PC/SC part 10 v2.02.09 §2.3; {@code docs/pcsc.md §10}). tscns uses the two
 * direct PIN features; the others are named so that a reader's list can be shown.
 *
 * @since 0.1.0
 */
public enum ReaderFeature {
    /** {@code FEATURE_VERIFY_PIN_START}. */
    VERIFY_PIN_START(0x01),
    /** {@code FEATURE_VERIFY_PIN_FINISH}. */
    VERIFY_PIN_FINISH(0x02),
    /** {@code FEATURE_MODIFY_PIN_START}. */
    MODIFY_PIN_START(0x03),
    /** {@code FEATURE_MODIFY_PIN_FINISH}. */
    MODIFY_PIN_FINISH(0x04),
    /** {@code FEATURE_GET_KEY_PRESSED}. */
    GET_KEY_PRESSED(0x05),
    /** {@code FEATURE_VERIFY_PIN_DIRECT}: the reader asks the PIN and sends a VERIFY built from a template. */
    VERIFY_PIN_DIRECT(0x06),
    /** {@code FEATURE_MODIFY_PIN_DIRECT}: the reader asks two or three codes and sends the command built. */
    MODIFY_PIN_DIRECT(0x07),
    /** {@code FEATURE_MCT_READER_DIRECT}. */
    MCT_READER_DIRECT(0x08),
    /** {@code FEATURE_MCT_UNIVERSAL}. */
    MCT_UNIVERSAL(0x09),
    /** {@code FEATURE_IFD_PIN_PROPERTIES}. */
    IFD_PIN_PROPERTIES(0x0A),
    /** {@code FEATURE_ABORT}. */
    ABORT(0x0B),
    /** {@code FEATURE_SET_SPE_MESSAGE}. */
    SET_SPE_MESSAGE(0x0C),
    /** {@code FEATURE_VERIFY_PIN_DIRECT_APP_ID}. */
    VERIFY_PIN_DIRECT_APP_ID(0x0D),
    /** {@code FEATURE_MODIFY_PIN_DIRECT_APP_ID}. */
    MODIFY_PIN_DIRECT_APP_ID(0x0E),
    /** {@code FEATURE_WRITE_DISPLAY}. */
    WRITE_DISPLAY(0x0F),
    /** {@code FEATURE_GET_KEY}. */
    GET_KEY(0x10),
    /** {@code FEATURE_IFD_DISPLAY_PROPERTIES}. */
    IFD_DISPLAY_PROPERTIES(0x11),
    /** {@code FEATURE_GET_TLV_PROPERTIES}. */
    GET_TLV_PROPERTIES(0x12),
    /** {@code FEATURE_CCID_ESC_COMMAND}. */
    CCID_ESC_COMMAND(0x13),
    /** {@code FEATURE_EXECUTE_PACE}. */
    EXECUTE_PACE(0x20);

    private final int tag;

    ReaderFeature(int tag) {
        this.tag = tag;
    }

    /**
     * Returns the feature's tag.
     *
     * @return the tag byte, e.g. {@code 0x06}
     */
    public int tag() {
        return tag;
    }

    /**
     * Finds the feature of a tag.
     *
     * @param tag a tag byte
     * @return the feature, or empty for a tag this SDK does not name
     */
    public static Optional<ReaderFeature> ofTag(int tag) {
        return Arrays.stream(values()).filter(f -> f.tag == tag).findFirst();
    }
}
