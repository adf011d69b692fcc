package io.tscns.cms.documents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The codes one document prints, by name in print order (<i>codici da stampare</i>): each checked and copied in,
 * given out only as fresh copies, wiped once; what {@link CounterHalves} and {@link EnvelopeCodes} share. Names and
 * lengths are all {@link #describe} shows.
 *
 * <p>Not thread-safe for a {@link #destroy()} concurrent with {@link #reveal()}.
 */
final class PrintedCodes {

    /** Longest code or half, in characters. */
    static final int MAX_LENGTH = 16;

    private final Map<String, char[]> codes;
    private volatile boolean destroyed;

    /**
     * Checks and copies the codes; the caller wipes its own arrays.
     *
     * @param codes  the codes by name, in print order
     * @param suffix what each is, added to its name in a problem (e.g. {@code " half"})
     * @throws DocumentException if a code is empty, longer than {@value #MAX_LENGTH} characters or not printable ASCII
     */
    PrintedCodes(Map<String, char[]> codes, String suffix) {
        Map<String, char[]> copies = new LinkedHashMap<>();
        try {
            codes.forEach((name, code) -> copies.put(name, checked(name + suffix, code)));
        } catch (RuntimeException e) {
            copies.values().forEach(copy -> Arrays.fill(copy, '\0'));
            throw e;
        }
        this.codes = copies;
    }

    private static char[] checked(String field, char[] code) {
        Objects.requireNonNull(code, field);
        if (code.length == 0 || code.length > MAX_LENGTH) {
            throw new DocumentException(List.of(new DocumentProblem.TooLong(field, MAX_LENGTH)));
        }
        for (int i = 0; i < code.length; i++) {
            if (code[i] < 0x21 || code[i] > 0x7E) {
                throw new DocumentException(List.of(new DocumentProblem.ControlCharacter(field, i + 1)));
            }
        }
        return code.clone();
    }

    /**
     * Returns copies of the codes in print order; the caller wipes them.
     *
     * @return the copies
     * @throws DocumentException if the codes were wiped
     */
    List<char[]> reveal() {
        if (destroyed) {
            throw new DocumentException(List.of(new DocumentProblem.CodesDestroyed()));
        }
        List<char[]> copies = new ArrayList<>(codes.size());
        codes.values().forEach(code -> copies.add(code.clone()));
        return List.copyOf(copies);
    }

    /** @return whether a code of that name is printed */
    boolean has(String name) {
        return codes.containsKey(name);
    }

    /** Wipes every code. */
    void destroy() {
        destroyed = true;
        codes.values().forEach(code -> Arrays.fill(code, '\0'));
    }

    /** @return whether the codes were wiped */
    boolean isDestroyed() {
        return destroyed;
    }

    /** @return the type and the lengths only, e.g. {@code CounterHalves[pin=2, puk=4, cip=4]} */
    String describe(String type) {
        StringBuilder text = new StringBuilder(type).append('[');
        codes.forEach((name, code) -> text.append(text.charAt(text.length() - 1) == '[' ? "" : ", ")
                .append(name)
                .append('=')
                .append(code.length));
        return text.append(']').toString();
    }
}
