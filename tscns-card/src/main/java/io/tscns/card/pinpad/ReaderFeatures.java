package io.tscns.card.pinpad;

import io.tscns.card.error.UnexpectedResponseException;
import java.io.ByteArrayOutputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The features a PC/SC reader announces (<i>funzionalità del lettore</i>), as its answer to
 * {@code CM_IOCTL_GET_FEATURE_REQUEST}: a list of TLVs, each a tag byte, the length {@code 04} and the feature's
 * control code as a big-endian 32-bit number ({@code docs/pcsc.md §10}). Tags this SDK does not name are kept, so
 * that {@link #encode()} gives back what the reader sent. Immutable and thread-safe.
 *
 * @param controlCodes the control code of each announced tag, in the reader's order
 * @since 0.1.0
 */
public record ReaderFeatures(Map<Integer, Integer> controlCodes) {

    private static final int TLV_LENGTH = 6;
    private static final int VALUE_LENGTH = 4;

    /**
     * Checks and copies the map.
     *
     * @throws IllegalArgumentException if a tag is not a byte
     */
    public ReaderFeatures {
        Map<Integer, Integer> copy = new LinkedHashMap<>();
        controlCodes.forEach((tag, code) -> {
            if (tag < 0 || tag > 0xFF) {
                throw new IllegalArgumentException("a feature tag is one byte; got " + tag);
            }
            copy.put(tag, Objects.requireNonNull(code, "code"));
        });
        controlCodes = Collections.unmodifiableMap(copy);
    }

    /**
     * Returns the features of a reader that announces none.
     *
     * @return the empty list
     */
    public static ReaderFeatures none() {
        return new ReaderFeatures(Map.of());
    }

    /**
     * Parses a reader's answer to {@code CM_IOCTL_GET_FEATURE_REQUEST}.
     *
     * @param answer the reader's bytes
     * @return the features
     * @throws UnexpectedResponseException if the answer is not whole 6-byte TLVs of length 4, or names a tag twice
     */
    public static ReaderFeatures parse(byte[] answer) {
        if (answer.length % TLV_LENGTH != 0) {
            throw new UnexpectedResponseException("the reader's feature list is " + answer.length
                    + " bytes; expected whole entries of " + TLV_LENGTH + " bytes (tag, length 04, control code)");
        }
        Map<Integer, Integer> codes = new LinkedHashMap<>();
        for (int at = 0; at < answer.length; at += TLV_LENGTH) {
            int tag = answer[at] & 0xFF;
            int length = answer[at + 1] & 0xFF;
            if (length != VALUE_LENGTH) {
                throw new UnexpectedResponseException("the reader's feature list has length " + length + " at byte "
                        + (at + 1) + "; every control code is " + VALUE_LENGTH + " bytes");
            }
            int code = (answer[at + 2] & 0xFF) << 24
                    | (answer[at + 3] & 0xFF) << 16
                    | (answer[at + 4] & 0xFF) << 8
                    | answer[at + 5] & 0xFF;
            if (codes.putIfAbsent(tag, code) != null) {
                throw new UnexpectedResponseException(
                        "the reader's feature list names tag " + String.format("%02X", tag) + " twice, at byte " + at);
            }
        }
        return new ReaderFeatures(codes);
    }

    /**
     * Encodes the list as a reader sends it.
     *
     * @return the TLVs, in order
     */
    public byte[] encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(controlCodes.size() * TLV_LENGTH);
        controlCodes.forEach((tag, code) -> {
            out.write(tag);
            out.write(VALUE_LENGTH);
            out.write(code >>> 24);
            out.write(code >>> 16);
            out.write(code >>> 8);
            out.write(code);
        });
        return out.toByteArray();
    }

    /**
     * Returns the control code of a feature.
     *
     * @param feature the feature
     * @return its control code, or empty if the reader does not announce it
     */
    public Optional<Integer> controlCode(ReaderFeature feature) {
        return Optional.ofNullable(controlCodes.get(feature.tag()));
    }

    /**
     * Tells whether the reader can take a PIN on its own keypad and send the VERIFY itself.
     *
     * @return whether {@link ReaderFeature#VERIFY_PIN_DIRECT} is announced
     */
    public boolean verifiesOnKeypad() {
        return controlCodes.containsKey(ReaderFeature.VERIFY_PIN_DIRECT.tag());
    }
}
