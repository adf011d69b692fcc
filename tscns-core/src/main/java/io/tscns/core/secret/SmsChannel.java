package io.tscns.core.secret;

/**
 * Delivery of the second half by SMS (<i>invio tramite SMS</i>) to a mobile number, kept in E.164 form
 * ({@code +393331234567}).
 *
 * <p>Accepted input: an international number with {@code +} or {@code 00} and 8 to 15 digits (E.164), or an
 * Italian national number; spaces, hyphens, dots, slashes and parentheses between digits are ignored. Italian
 * numbers (national, or after {@code +39}) must be mobile numbers: they start with {@code 3} and have 9 or 10 digits
 * (a landline, which starts with {@code 0}, cannot receive the SMS). Numbers of other countries are checked for
 * E.164 length only: no mobile-range table of every country is kept. An Italian number written with its country
 * code but without {@code +} or {@code 00} is refused, as it cannot be told from a national number.
 *
 * <p>Masking keeps the Italian country code and the last four digits ({@code +39 *** *** 4567}), or only the last
 * four for other countries ({@code +*** *** 4567}), with fixed groups of asterisks: the holder recognises the
 * number, a bystander learns neither the number nor its length.
 *
 * @param number the normalised number in E.164 form
 * @since 0.1.0
 */
public record SmsChannel(String number) implements RemoteChannel {

    /**
     * Validates and normalises the number.
     *
     * @throws InvalidRemoteAddressException saying which rule the number breaks
     */
    public SmsChannel {
        number = MobileNumbers.normalise(number);
    }

    @Override
    public String address() {
        return number;
    }

    @Override
    public String masked() {
        String lastFour = number.substring(number.length() - 4);
        return (number.startsWith(MobileNumbers.ITALY) ? "+39 *** *** " : "+*** *** ") + lastFour;
    }

    /**
     * Returns the masked number, never the full one.
     *
     * @return e.g. {@code SmsChannel[+39 *** *** 4567]}
     */
    @Override
    public String toString() {
        return "SmsChannel[" + masked() + "]";
    }
}
