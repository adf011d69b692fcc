package io.tscns.core.personaldata;

import java.util.Optional;

/**
 * The byte that fills {@code EF.Dati_personali} from the end of its text to the end of the file. The real card
 * seen pads with {@code 0x00} ({@code docs/card.md §2.1}); {@code 0xFF}, the value of erased memory, is accepted as
 * well. Padding matters: OpenSC 0.23 rejects a file that is not at least six bytes longer than its header value
 * ({@code docs/card.md §2.2}).
 *
 * @since 0.1.0
 */
public enum Padding {

    /** Padding with {@code 0x00}, as on the real card; the default for new files. */
    ZERO_BYTES((byte) 0x00),

    /** Padding with {@code 0xFF}. */
    FF_BYTES((byte) 0xFF);

    private final byte value;

    Padding(byte value) {
        this.value = value;
    }

    /**
     * Returns the padding byte.
     *
     * @return {@code 0x00} or {@code (byte) 0xFF}
     */
    public byte value() {
        return value;
    }

    /**
     * Returns the padding that uses a byte.
     *
     * @param value any byte
     * @return the padding, or empty if the byte is neither {@code 0x00} nor {@code 0xFF}
     */
    static Optional<Padding> of(byte value) {
        for (Padding padding : values()) {
            if (padding.value == value) {
                return Optional.of(padding);
            }
        }
        return Optional.empty();
    }
}
