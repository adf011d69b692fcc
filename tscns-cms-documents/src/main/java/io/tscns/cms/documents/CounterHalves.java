package io.tscns.cms.documents;

import io.tscns.cms.protocol.CodeHalves;
import io.tscns.cms.protocol.SecretText;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.security.auth.Destroyable;

/**
 * The counter halves of the codes printed on the activation receipt (<i>prima parte dei codici PIN, PUK e CIP</i>,
 * manual §9.1.4, §10.1 step 12): the only secrets any document of this module accepts. The halves are copied in
 * on creation (the caller wipes its own arrays) and wiped by {@link #destroy()}; {@link #toString()} shows their
 * lengths only.
 *
 * <p>Not thread-safe for a {@link #destroy()} concurrent with writing the receipt.
 *
 * @since 0.1.0
 */
public final class CounterHalves implements Destroyable, AutoCloseable {

    /** Longest half, in characters. */
    public static final int MAX_LENGTH = PrintedCodes.MAX_LENGTH;

    private final PrintedCodes halves;

    private CounterHalves(PrintedCodes halves) {
        this.halves = halves;
    }

    /**
     * Copies the counter halves; the caller wipes its own arrays.
     *
     * @param pin the PIN's counter half
     * @param puk the PUK's counter half
     * @param cip the CIP's counter half, absent when the operation releases no CIP (a reprint)
     * @return the halves
     * @throws DocumentException if a half is empty, longer than {@value #MAX_LENGTH} characters or not printable
     *                           ASCII
     */
    public static CounterHalves of(char[] pin, char[] puk, Optional<char[]> cip) {
        Objects.requireNonNull(cip, "cip");
        Map<String, char[]> halves = new LinkedHashMap<>();
        halves.put("pin", pin);
        halves.put("puk", puk);
        cip.ifPresent(c -> halves.put("cip", c));
        return new CounterHalves(new PrintedCodes(halves, " half"));
    }

    /**
     * Copies the counter halves of a CMS receipt; the receipt keeps (and wipes) its own.
     *
     * @param halves the receipt's counter halves
     * @return the halves
     * @throws DocumentException if a half is not fit to print
     * @throws IllegalStateException if the receipt's halves were already wiped
     */
    public static CounterHalves copyOf(CodeHalves halves) {
        Objects.requireNonNull(halves, "halves");
        char[] pin = halves.pin().reveal();
        char[] puk = halves.puk().reveal();
        char[] cip = halves.cip().map(SecretText::reveal).orElse(null);
        try {
            return of(pin, puk, Optional.ofNullable(cip));
        } finally {
            Arrays.fill(pin, '\0');
            Arrays.fill(puk, '\0');
            if (cip != null) {
                Arrays.fill(cip, '\0');
            }
        }
    }

    /**
     * Returns copies of the halves, PIN, PUK and (if released) CIP, for the writer to print; the caller wipes them.
     *
     * @return the copies, in that order
     * @throws DocumentException if the halves were wiped
     */
    List<char[]> reveal() {
        return halves.reveal();
    }

    /** @return whether a CIP half was released */
    public boolean hasCip() {
        return halves.has("cip");
    }

    /** Wipes every half. */
    @Override
    public void destroy() {
        halves.destroy();
    }

    @Override
    public boolean isDestroyed() {
        return halves.isDestroyed();
    }

    @Override
    public void close() {
        destroy();
    }

    /** @return the lengths only, e.g. {@code CounterHalves[pin=2, puk=4, cip=4]} */
    @Override
    public String toString() {
        return halves.describe("CounterHalves");
    }
}
