package io.tscns.cms.documents;

import io.tscns.cms.protocol.CodeHalves;
import io.tscns.cms.protocol.SecretText;
import java.util.Arrays;
import java.util.List;
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
 */
public final class CounterHalves implements Destroyable, AutoCloseable {

    /** Longest half, in characters. */
    public static final int MAX_LENGTH = 16;

    private final char[] pin;
    private final char[] puk;
    private final char[] cip;
    private volatile boolean destroyed;

    private CounterHalves(char[] pin, char[] puk, char[] cip) {
        this.pin = pin;
        this.puk = puk;
        this.cip = cip;
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
        return new CounterHalves(checked("pin half", pin), checked("puk half", puk),
                cip.map(c -> checked("cip half", c)).orElse(null));
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

    /** Checks a code or half to print and returns a copy of it; {@code field} names it in a problem. */
    static char[] checked(String field, char[] half) {
        Objects.requireNonNull(half, field);
        if (half.length == 0 || half.length > MAX_LENGTH) {
            throw new DocumentException(List.of(new DocumentProblem.TooLong(field, MAX_LENGTH)));
        }
        for (int i = 0; i < half.length; i++) {
            if (half[i] < 0x21 || half[i] > 0x7E) {
                throw new DocumentException(List.of(new DocumentProblem.ControlCharacter(field, i + 1)));
            }
        }
        return half.clone();
    }

    /**
     * Returns copies of the halves, PIN, PUK and (if released) CIP, for the writer to print; the caller wipes them.
     *
     * @return the copies, in that order
     * @throws DocumentException if the halves were wiped
     */
    List<char[]> reveal() {
        if (destroyed) {
            throw new DocumentException(List.of(new DocumentProblem.CodesDestroyed()));
        }
        return cip == null ? List.of(pin.clone(), puk.clone()) : List.of(pin.clone(), puk.clone(), cip.clone());
    }

    /** @return whether a CIP half was released */
    public boolean hasCip() {
        return cip != null;
    }

    /** Wipes every half. */
    @Override
    public void destroy() {
        destroyed = true;
        Arrays.fill(pin, '\0');
        Arrays.fill(puk, '\0');
        if (cip != null) {
            Arrays.fill(cip, '\0');
        }
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }

    @Override
    public void close() {
        destroy();
    }

    /** @return the lengths only, e.g. {@code CounterHalves[pin=2, puk=4, cip=4]} */
    @Override
    public String toString() {
        return "CounterHalves[pin=" + pin.length + ", puk=" + puk.length + (cip == null ? "" : ", cip=" + cip.length)
                + "]";
    }
}
