package io.tscns.testpki;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x500.X500NameBuilder;

/**
 * The argument checks shared by the specifications of this package, each failing with
 * {@link TestPkiException.Reason#INVALID_SPEC} and a message naming the field.
 */
final class Checks {

    private static final Pattern DOTTED_OID = Pattern.compile("[0-2](\\.(0|[1-9][0-9]*))+");
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private Checks() {}

    /** Checks that a string is a dotted OID. */
    static void requireOid(String oid, String field) {
        if (!DOTTED_OID.matcher(oid).matches()) {
            throw TestPkiException.invalid(
                    field + " must be a dotted OID such as 1.3.76.16.2.1, found \"" + oid + "\"");
        }
    }

    /** Truncates a time to seconds, checking that a certificate or CRL can encode it. */
    static Instant encodableTime(Instant time, String field) {
        Objects.requireNonNull(time, field);
        if (time.isBefore(EARLIEST) || time.isAfter(LATEST)) {
            throw TestPkiException.invalid(field + " must fall in the years 1 to 9999 to be encodable, found " + time);
        }
        return time.truncatedTo(ChronoUnit.SECONDS);
    }

    /** Encodes a name built with Bouncy Castle as a JDK principal, keeping the RDN order. */
    static X500Principal principal(X500NameBuilder name) {
        try {
            return new X500Principal(name.build().getEncoded());
        } catch (IOException e) {
            throw new TestPkiException(TestPkiException.Reason.INVALID_SPEC, "cannot encode the subject name", e);
        }
    }

    /** Checks that a card id is 16 digits. */
    static void requireCardId(String cardId) {
        Objects.requireNonNull(cardId, "cardId");
        if (cardId.length() != CnsSubject.CARD_ID_DIGITS || !cardId.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw TestPkiException.invalid("card id must be " + CnsSubject.CARD_ID_DIGITS + " digits, found "
                    + cardId.length() + " characters");
        }
    }

    /** Checks that a text is present and not blank. */
    static void requireText(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw TestPkiException.invalid(field + " must not be blank");
        }
    }
}
