package io.tscns.core.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RemoteChannelProperties {

    @Provide
    Arbitrary<String> emailLike() {
        Arbitrary<String> part =
                Arbitraries.strings().withChars("abcXYZ019.-_+@ \"\u00e8").ofMaxLength(12);
        Arbitrary<String> built = Combinators.combine(part, part, Arbitraries.of("it", "com", "x", "1t", ""))
                .as((local, domain, tld) -> local + "@" + domain + "." + tld);
        return Arbitraries.oneOf(built, part, Arbitraries.strings().ofMaxLength(300));
    }

    @Property
    void arbitraryTextGivesAnEmailChannelOrOnlyTheTypedError(@ForAll("emailLike") String text) {
        try {
            EmailChannel email = RemoteChannel.email(text);
            assertEquals(email, RemoteChannel.email(email.address()), "normalisation is idempotent");
            assertTrue(email.address().length() <= 254);
            String domain = email.address().substring(email.address().indexOf('@'));
            assertTrue(email.masked().endsWith("*****" + domain));
            assertTrue(email.masked().length() <= domain.length() + 6);
        } catch (InvalidRemoteAddressException e) {
            assertFalse(e.getMessage().isBlank());
        }
    }

    @Provide
    Arbitrary<String> phoneLike() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789+ -()./").ofMaxLength(24),
                Arbitraries.strings().ofMaxLength(40));
    }

    @Property
    void arbitraryTextGivesAnSmsChannelOrOnlyTheTypedError(@ForAll("phoneLike") String text) {
        try {
            SmsChannel sms = RemoteChannel.sms(text);
            assertTrue(sms.address().matches("\\+[1-9][0-9]{7,14}"), sms.address());
            assertEquals(sms, RemoteChannel.sms(sms.address()), "normalisation is idempotent");
            assertTrue(
                    sms.masked().endsWith(sms.address().substring(sms.address().length() - 4)));
            if (sms.address().startsWith("+39")) {
                assertEquals('3', sms.address().charAt(3), "an Italian number is always a mobile");
            }
        } catch (InvalidRemoteAddressException e) {
            assertFalse(e.getMessage().isBlank());
        }
    }

    @Provide
    Arbitrary<String> italianMobiles() {
        return Arbitraries.strings().numeric().ofMinLength(8).ofMaxLength(9).map(rest -> "3" + rest);
    }

    @Property
    void anItalianMobileWrittenAnyUsualWayNormalisesAlike(
            @ForAll("italianMobiles") String national,
            @ForAll("prefixes") String prefix,
            @ForAll("separators") String separator) {
        String written = prefix + national.substring(0, 3) + separator + national.substring(3);
        SmsChannel sms = RemoteChannel.sms(written);
        assertEquals("+39" + national, sms.address());
        assertEquals("+39 *** *** " + national.substring(national.length() - 4), sms.masked());
    }

    @Provide
    Arbitrary<String> prefixes() {
        return Arbitraries.of("", "+39", "+39 ", "0039", "0039 ", "(+39) ", "+39-");
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.of("", " ", "-", ".", "/");
    }
}
