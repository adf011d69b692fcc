package io.tscns.core.secret;

/**
 * Delivery of the second half by e-mail (<i>invio tramite e-mail</i>).
 *
 * <p>The address is checked for sane syntax, not for RFC 5322 in full: an unquoted local part of at most 64 letters,
 * digits and {@code !#$%&'*+/=?^_`{|}~.-} (no dot at either end, no two dots in a row), one {@code @}, and a domain
 * name of at most 253 characters with at least two labels of letters, digits and inner hyphens, ending in a
 * top-level domain of letters (or its {@code xn--} form); 254 characters in all. Quoted local parts, comments, IP
 * literals and non-ASCII characters are refused: they are legal but no holder's mailbox at a counter needs them,
 * and each is a way to smuggle text into a mail header. Surrounding white space is removed and the domain is put in
 * lower case; the local part keeps its case, which the standard lets the receiving server decide.
 *
 * <p>Masking keeps the first character of the local part (when it has at least three) and the whole domain, with
 * the rest replaced by five asterisks whatever its length: the holder recognises the mailbox, a bystander at the
 * counter learns neither the name nor its length.
 *
 * @param address the normalised address
 * @since 0.1.0
 */
public record EmailChannel(String address) implements RemoteChannel {

    /**
     * Validates and normalises the address.
     *
     * @throws InvalidRemoteAddressException saying which rule the address breaks
     */
    public EmailChannel {
        address = EmailAddresses.normalise(address);
    }

    @Override
    public String masked() {
        int at = address.lastIndexOf('@');
        String visible = at >= 3 ? address.substring(0, 1) : "";
        return visible + "*****" + address.substring(at);
    }

    /**
     * Returns the masked address, never the full one.
     *
     * @return e.g. {@code EmailChannel[m*****@example.it]}
     */
    @Override
    public String toString() {
        return "EmailChannel[" + masked() + "]";
    }
}
