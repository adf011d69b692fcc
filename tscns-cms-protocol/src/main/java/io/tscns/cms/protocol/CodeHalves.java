package io.tscns.cms.protocol;

import static io.tscns.cms.protocol.WireText.required;

import java.util.Optional;

/**
 * One half of each secret code of a card (<i>prima/seconda parte dei codici PIN, PUK e CIP</i>): the counter halves
 * printed on the receipt, or the remote halves sent to the channel. Every component is a secret; {@link #destroy()}
 * wipes them all.
 *
 * @param pin the PIN half
 * @param puk the PUK half
 * @param cip the CIP half; absent when the operation releases no CIP (a reprint)
 * @since 0.1.0
 */
public record CodeHalves(SecretText pin, SecretText puk, Optional<SecretText> cip) implements AutoCloseable {

    /** Checks the components. */
    public CodeHalves {
        required("pin", pin);
        required("puk", puk);
        required("cip", cip);
    }

    /** Wipes every half. */
    public void destroy() {
        pin.destroy();
        puk.destroy();
        cip.ifPresent(SecretText::destroy);
    }

    @Override
    public void close() {
        destroy();
    }
}
