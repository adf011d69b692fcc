package io.tscns.cms.documents;

import io.tscns.cms.protocol.SealedEnvelope;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.security.auth.Destroyable;

/**
 * The whole PIN and PUK printed in a sealed envelope (<i>codici PIN e PUK in busta chiusa</i>, DM 20 giugno 2011
 * Allegato 2 point 1c): the only whole codes any document of this module accepts, and only
 * {@link SealedEnvelopeLetter} takes them. No CIP: the DM releases PIN and PUK. The codes are copied in on creation
 * (the caller wipes its own arrays) and wiped by {@link #destroy()}; {@link #toString()} shows their lengths only.
 *
 * <p>Not thread-safe for a {@link #destroy()} concurrent with writing the letter.
 *
 * @since 0.1.0
 */
public final class EnvelopeCodes implements Destroyable, AutoCloseable {

    private final PrintedCodes codes;

    private EnvelopeCodes(PrintedCodes codes) {
        this.codes = codes;
    }

    /**
     * Copies the codes; the caller wipes its own arrays.
     *
     * @param pin the whole PIN
     * @param puk the whole PUK
     * @return the codes
     * @throws DocumentException if a code is empty, longer than {@value CounterHalves#MAX_LENGTH} characters or not
     *                           printable ASCII
     */
    public static EnvelopeCodes of(char[] pin, char[] puk) {
        Map<String, char[]> codes = new LinkedHashMap<>();
        codes.put("pin", pin);
        codes.put("puk", puk);
        return new EnvelopeCodes(new PrintedCodes(codes, ""));
    }

    /**
     * Copies the codes of the CMS's answer; the answer keeps (and wipes) its own.
     *
     * @param envelope the CMS's answer to an activation by sealed envelope
     * @return the codes
     * @throws DocumentException if a code is not fit to print
     * @throws IllegalStateException if the answer's codes were already wiped
     */
    public static EnvelopeCodes copyOf(SealedEnvelope envelope) {
        Objects.requireNonNull(envelope, "envelope");
        char[] pin = envelope.pin().reveal();
        char[] puk = envelope.puk().reveal();
        try {
            return of(pin, puk);
        } finally {
            Arrays.fill(pin, '\0');
            Arrays.fill(puk, '\0');
        }
    }

    /**
     * Returns copies of PIN and PUK, in that order, for the writer to print; the caller wipes them.
     *
     * @return the copies
     * @throws DocumentException if the codes were wiped
     */
    List<char[]> reveal() {
        return codes.reveal();
    }

    /** Wipes both codes. */
    @Override
    public void destroy() {
        codes.destroy();
    }

    @Override
    public boolean isDestroyed() {
        return codes.isDestroyed();
    }

    @Override
    public void close() {
        destroy();
    }

    /** @return the lengths only, e.g. {@code EnvelopeCodes[pin=8, puk=8]} */
    @Override
    public String toString() {
        return codes.describe("EnvelopeCodes");
    }
}
