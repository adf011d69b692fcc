package io.tscns.core.internal;

/**
 * Makes text from outside safe to repeat in an exception message: printable ASCII is kept, anything else becomes
 * {@code \}{@code uXXXX}, and long text is cut.
 */
public final class Printable {

    private Printable() {}

    /**
     * Returns a printable rendering of a character.
     *
     * @param c the character
     * @return the character itself if printable ASCII, otherwise its {@code \}{@code uXXXX} escape
     */
    public static String of(char c) {
        return c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04X", (int) c);
    }

    /**
     * Returns a printable rendering of text, cut after a number of characters.
     *
     * @param text      the text
     * @param maxLength how many characters to keep before "..."
     * @return the rendering
     */
    public static String of(CharSequence text, int maxLength) {
        StringBuilder sb = new StringBuilder();
        int limit = Math.min(text.length(), maxLength);
        for (int i = 0; i < limit; i++) {
            sb.append(of(text.charAt(i)));
        }
        if (text.length() > maxLength) {
            sb.append("...");
        }
        return sb.toString();
    }
}
