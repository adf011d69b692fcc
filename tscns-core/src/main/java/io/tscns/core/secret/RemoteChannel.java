package io.tscns.core.secret;

/**
 * Where the second half of the codes goes (<i>modalità di consegna della seconda parte</i>): an e-mail address or a
 * mobile number for SMS, chosen by the holder at the counter and entered on the CMS (Tuscany operating manual v2.0,
 * §10.1, step 9).
 *
 * <p>Both kinds validate and normalise their address when made, so an instance is always deliverable in form.
 * Addresses are personal data: {@code toString()} and {@link #masked()} show only enough for the holder to
 * recognise the address on the counter screen or the receipt, and exception messages never repeat the rejected
 * text. {@link #address()} gives the full normalised address to the code that sends the message.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface RemoteChannel permits EmailChannel, SmsChannel {

    /**
     * Returns the full normalised address: the e-mail address with its domain in lower case, or the mobile number
     * in E.164 form ({@code +393331234567}).
     *
     * @return the address to send to
     */
    String address();

    /**
     * Returns the address masked for display, e.g. {@code m*****@example.it} or {@code +39 *** *** 4567}.
     *
     * @return the masked address
     */
    String masked();

    /**
     * Reads an e-mail address.
     *
     * @param text the address as entered
     * @return the channel
     * @throws InvalidRemoteAddressException saying which rule the address breaks
     */
    static EmailChannel email(String text) {
        return new EmailChannel(text);
    }

    /**
     * Reads a mobile number for SMS, in E.164 ({@code +39 333 123 4567}, {@code 0039…}) or Italian national form
     * ({@code 333 1234567}).
     *
     * @param text the number as entered
     * @return the channel
     * @throws InvalidRemoteAddressException saying which rule the number breaks
     */
    static SmsChannel sms(String text) {
        return new SmsChannel(text);
    }
}
