package io.tscns.auth.internal;

/**
 * Writes JSON string literals (RFC 8259 §7) for the few small documents tscns-auth writes itself (the problem
 * document of a refused login), so that the module needs no JSON library.
 */
public final class JsonText {

    private JsonText() {}

    /**
     * Returns a string as a JSON string literal, quotes included.
     *
     * @param text any text
     * @return the literal, with quotes, backslashes and control characters escaped
     */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
