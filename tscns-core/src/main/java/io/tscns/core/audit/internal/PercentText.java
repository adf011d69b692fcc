package io.tscns.core.audit.internal;

import io.tscns.core.audit.InvalidAuditValueException;
import io.tscns.core.audit.InvalidAuditValueException.Reason;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding of free text inside one field of an audit export line.
 *
 * <p>A character is written as itself when it is visible and cannot be mistaken for a separator: printable ASCII
 * other than {@code % , : =} and space, and every code point from U+00A0 up except those that render as nothing or as
 * a space, or that reorder text (bidirectional controls), so that a line an auditor reads shows what it holds.
 * Every other character is written as {@code %XX} per UTF-8 byte, upper-case hex. The rule looks only at code point
 * ranges, never at the JDK's Unicode tables, so every JDK writes the same bytes.
 *
 * <p>Decoding accepts any escape that yields UTF-8; whether the text was written canonically is checked by the
 * callers, which render the decoded value again and compare.
 */
public final class PercentText {

    /** Code point ranges (inclusive pairs) at or above U+00A0 that are always escaped. */
    private static final int[] ESCAPED_RANGES = {
        0x00A0, 0x00A0, // no-break space
        0x00AD, 0x00AD, // soft hyphen
        0x034F, 0x034F, // combining grapheme joiner
        0x061C, 0x061C, // Arabic letter mark
        0x115F, 0x1160, // Hangul fillers
        0x1680, 0x1680, // Ogham space mark
        0x180B, 0x180F, // Mongolian variation selectors and vowel separator
        0x2000, 0x200F, // spaces, zero-width characters, LRM, RLM
        0x2028, 0x202F, // line and paragraph separators, bidi embeddings, narrow no-break space
        0x205F, 0x206F, // medium mathematical space, invisible operators, bidi isolates
        0x3000, 0x3000, // ideographic space
        0x3164, 0x3164, // Hangul filler
        0xFE00, 0xFE0F, // variation selectors
        0xFEFF, 0xFEFF, // byte order mark
        0xFFA0, 0xFFA0, // half-width Hangul filler
        0xFFF0, 0xFFFF, // specials and non-characters
        0x1BCA0, 0x1BCA3, // shorthand format controls
        0xE0000, 0xE0FFF, // tags and variation selectors supplement
    };

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentText() {}

    /**
     * Appends the encoded form of a well-formed text.
     *
     * @param value the text (no unpaired surrogate)
     * @param out   where to append
     */
    public static void encode(String value, StringBuilder out) {
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            if (isPlain(cp)) {
                out.appendCodePoint(cp);
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                }
            }
            i += Character.charCount(cp);
        }
    }

    /**
     * Returns the encoded form of a well-formed text.
     *
     * @param value the text
     * @return the encoded text
     */
    public static String encode(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 8);
        encode(value, sb);
        return sb.toString();
    }

    /**
     * Decodes a text written by {@link #encode(String)}.
     *
     * @param field the field being read, for the error
     * @param text  the encoded text
     * @return the decoded text
     * @throws InvalidAuditValueException with {@link Reason#SYNTAX} for a broken escape or escapes that are not
     *                                    UTF-8, with {@link Reason#ILL_FORMED_UNICODE} for an unpaired surrogate
     */
    public static String decode(String field, String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteBuffer bytes = ByteBuffer.allocate(text.length() * 3);
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c == '%') {
                int high = i + 1 < text.length() ? hexDigit(text.charAt(i + 1)) : -1;
                int low = i + 2 < text.length() ? hexDigit(text.charAt(i + 2)) : -1;
                if (high < 0 || low < 0) {
                    throw new InvalidAuditValueException(
                            field, Reason.SYNTAX, "'%' at index " + i + " is not followed by two hex digits");
                }
                bytes.put((byte) (high << 4 | low));
                i += 3;
            } else {
                int cp = text.codePointAt(i);
                if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
                    throw new InvalidAuditValueException(
                            field, Reason.ILL_FORMED_UNICODE, "unpaired UTF-16 surrogate at index " + i);
                }
                bytes.put(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp);
            }
        }
        bytes.flip();
        try {
            return StrictUtf8.decode(bytes);
        } catch (CharacterCodingException e) {
            throw new InvalidAuditValueException(field, Reason.SYNTAX, "escaped bytes are not valid UTF-8");
        }
    }

    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return -1;
    }

    private static boolean isPlain(int cp) {
        if (cp < 0x80) {
            return cp > 0x20 && cp < 0x7F && cp != '%' && cp != ',' && cp != ':' && cp != '=';
        }
        if (cp < 0xA0) {
            return false;
        }
        for (int r = 0; r < ESCAPED_RANGES.length; r += 2) {
            if (cp >= ESCAPED_RANGES[r] && cp <= ESCAPED_RANGES[r + 1]) {
                return false;
            }
        }
        return true;
    }
}
