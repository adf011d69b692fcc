package io.tscns.test.junit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assertions;

/**
 * Finds a secret code (a PIN, a PUK, a CIP, a token) in what a test captured: log lines, an APDU trace, exception
 * messages, {@code toString} results. It looks for each form a code takes when code leaks it, and not for its
 * digits wherever they happen to occur: captured output also holds public binary data (certificates and signatures
 * in hex, moduli in decimal, files read from the card), where a five-digit PIN occurs by chance, and differently on
 * each run because a certificate carries the time it was issued.
 *
 * <p>The forms ({@link Form}), with where each counts:
 *
 * <ul>
 *   <li>{@link Form#TEXT}: the code itself, with at least one end not joined to a letter or a digit (a message, a
 *       {@code key=value}, a code glued to another code at one end);
 *   <li>{@link Form#HEX}: its bytes in hex, either case, with at least one end not joined to a letter or a digit,
 *       or joined to the {@code FF} padding of a card's PIN block (an APDU's data);
 *   <li>{@link Form#SPACED_HEX}: its bytes in hex with a space or a colon between bytes (a dump), anywhere;
 *   <li>{@link Form#PIN_BLOCK}: a code of 4 to 12 digits as an ISO 9564 format 2 PIN block
 *       ({@code 2}, the length, the digits, {@code F} padding to 16 nibbles), anywhere;
 *   <li>{@link Form#CHARS} and {@link Form#BYTES}: {@code Arrays.toString} of its characters or of its bytes,
 *       anywhere;
 *   <li>{@link Form#BASE64}: its bytes in Base64 (how JSON carries a {@code byte[]}), not inside a longer Base64
 *       run at both ends.
 * </ul>
 *
 * <p>A code's bytes are its characters in US-ASCII, or in UTF-8 when it has others. Codes shorter than four
 * characters (a PIN half) can still match public data by chance: use them where the output holds no binary data.
 *
 * @since 0.1.0
 */
public final class SecretLeaks {

    private static final String ALNUM = "A-Za-z0-9";
    private static final int CONTEXT = 60;

    private SecretLeaks() {}

    /** The form in which a code was found. */
    public enum Form {
        /** The code's characters. */
        TEXT,
        /** The code's bytes in hex. */
        HEX,
        /** The code's bytes in hex, a space or colon between bytes. */
        SPACED_HEX,
        /** The code in an ISO 9564 format 2 PIN block, in hex. */
        PIN_BLOCK,
        /** {@code Arrays.toString} of the code's characters. */
        CHARS,
        /** {@code Arrays.toString} of the code's bytes. */
        BYTES,
        /** The code's bytes in Base64. */
        BASE64
    }

    /**
     * Where a code was found.
     *
     * @param form   the form it took
     * @param offset the index in the output where that form starts
     */
    public record Leak(Form form, int offset) {

        /**
         * Checks the values.
         *
         * @throws NullPointerException     if the form is null
         * @throws IllegalArgumentException if the offset is negative
         */
        public Leak {
            Objects.requireNonNull(form, "form");
            if (offset < 0) {
                throw new IllegalArgumentException("offset " + offset + " is negative");
            }
        }
    }

    /**
     * Finds a code in an output: the first form, in {@link Form}'s order, that occurs, at its first place.
     *
     * @param output what the test captured
     * @param secret the code
     * @return where the code is, or empty when it is in none of its forms
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the code is empty
     */
    public static Optional<Leak> find(CharSequence output, CharSequence secret) {
        Objects.requireNonNull(output, "output");
        String code = secret(secret);
        for (Search search : searches(code)) {
            Matcher matcher = search.pattern().matcher(output);
            if (matcher.find()) {
                return Optional.of(new Leak(search.form(), matcher.start()));
            }
        }
        return Optional.empty();
    }

    /**
     * Fails the test when any of the codes is in the output. The failure names the code's position in the list,
     * the form and the text around it, the code included: use codes made for the test.
     *
     * @param output  what the test captured
     * @param secrets the codes
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if a code is empty
     */
    public static void assertNone(CharSequence output, CharSequence... secrets) {
        Objects.requireNonNull(secrets, "secrets");
        for (int i = 0; i < secrets.length; i++) {
            Optional<Leak> leak = find(output, secrets[i]);
            if (leak.isPresent()) {
                int at = leak.get().offset();
                String around = output.subSequence(Math.max(0, at - CONTEXT), Math.min(output.length(), at + CONTEXT))
                        .toString();
                Assertions.fail("secret #" + (i + 1) + " is in the output as "
                        + leak.get().form() + " at offset " + at + " of " + output.length() + ": …" + around + "…");
            }
        }
    }

    private static String secret(CharSequence secret) {
        Objects.requireNonNull(secret, "secret");
        if (secret.isEmpty()) {
            throw new IllegalArgumentException("the secret is empty");
        }
        return secret.toString();
    }

    private record Search(Form form, Pattern pattern) {}

    private static List<Search> searches(String code) {
        byte[] bytes = code.getBytes(
                StandardCharsets.US_ASCII.newEncoder().canEncode(code)
                        ? StandardCharsets.US_ASCII
                        : StandardCharsets.UTF_8);
        String hex = HexFormat.of().withUpperCase().formatHex(bytes);
        List<Search> searches = new ArrayList<>();
        searches.add(new Search(Form.TEXT, atOneLooseEnd(Pattern.quote(code), "[" + ALNUM + "]", "", 0)));
        searches.add(new Search(Form.HEX, atOneLooseEnd(hex, "[" + ALNUM + "]", "FF", Pattern.CASE_INSENSITIVE)));
        if (bytes.length > 1) {
            String spaced = HexFormat.ofDelimiter(":").formatHex(bytes).replace(":", "[ :]");
            searches.add(new Search(Form.SPACED_HEX, Pattern.compile(spaced, Pattern.CASE_INSENSITIVE)));
        }
        if (code.matches("[0-9]{4,12}")) {
            String block = "2" + Integer.toHexString(code.length()) + code + "F".repeat(14 - code.length());
            searches.add(new Search(Form.PIN_BLOCK, Pattern.compile(block, Pattern.CASE_INSENSITIVE)));
        }
        searches.add(new Search(Form.CHARS, Pattern.compile(Pattern.quote(Arrays.toString(code.toCharArray())))));
        searches.add(new Search(Form.BYTES, Pattern.compile(Pattern.quote(Arrays.toString(bytes)))));
        String base64 = Base64.getEncoder().withoutPadding().encodeToString(bytes);
        searches.add(
                new Search(Form.BASE64, atOneLooseEnd(Pattern.quote(base64) + "={0,2}", "[" + ALNUM + "+/=]", "", 0)));
        return searches;
    }

    /**
     * A pattern for a form that counts when at least one of its ends is loose: not joined to a character of the
     * class, or joined to the given padding.
     */
    private static Pattern atOneLooseEnd(String body, String joined, String padding, int flags) {
        String before = "(?<!" + joined + ")" + (padding.isEmpty() ? "" : "|(?<=" + padding + ")");
        String after = "(?!" + joined + ")" + (padding.isEmpty() ? "" : "|(?=" + padding + ")");
        return Pattern.compile("(?:" + before + ")" + body + "|" + body + "(?:" + after + ")", flags);
    }
}
