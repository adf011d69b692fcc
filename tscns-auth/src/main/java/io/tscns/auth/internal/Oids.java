package io.tscns.auth.internal;

/** Decodes OBJECT IDENTIFIER content octets (X.690 §8.19) into dotted form. */
public final class Oids {

    private Oids() {}

    /**
     * Decodes OID content octets.
     *
     * @param content the content octets
     * @param offset  the absolute offset, for messages
     * @return the dotted form, e.g. {@code 2.5.29.20}
     * @throws DerException if the encoding is empty, not minimal, or ends inside an arc
     */
    public static String dotted(byte[] content, long offset) {
        if (content.length == 0 || content.length > 64) {
            throw DerException.malformed(offset, "OBJECT IDENTIFIER of " + content.length + " octets");
        }
        StringBuilder text = new StringBuilder(content.length * 3);
        long arc = 0;
        boolean first = true;
        boolean startOfArc = true;
        for (byte b : content) {
            if (startOfArc && (b & 0xFF) == 0x80) {
                throw DerException.malformed(offset, "OBJECT IDENTIFIER arc not in the fewest octets");
            }
            if (arc > (Long.MAX_VALUE >>> 7)) {
                throw DerException.malformed(offset, "OBJECT IDENTIFIER arc too large");
            }
            arc = (arc << 7) | (b & 0x7F);
            startOfArc = (b & 0x80) == 0;
            if (startOfArc) {
                if (first) {
                    int top = arc < 40 ? 0 : arc < 80 ? 1 : 2;
                    text.append(top).append('.').append(arc - 40L * top);
                    first = false;
                } else {
                    text.append('.').append(arc);
                }
                arc = 0;
            }
        }
        if (!startOfArc) {
            throw DerException.malformed(offset, "OBJECT IDENTIFIER ends inside an arc");
        }
        return text.toString();
    }
}
