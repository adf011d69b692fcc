package io.tscns.testpki;

import io.tscns.core.person.CodiceFiscale;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * The person named in a CMS operator's personal certificate (<i>credenziali personali dell'operatore</i>, DM 20
 * giugno 2011 Allegato 2: credentials are personal and never shared). The subject DN, in DER order, is
 * {@code C=IT, O=<organization>, [OU=<unit>,] CN=<GIVEN SURNAME>, surname, givenName,
 * serialNumber=TINIT-<codice fiscale>, UID=<operator id>}: the serialNumber follows the ETSI EN 319 412-1
 * natural-person semantics identifier that Italian personal certificates use, and the UID carries the sandbox
 * CMS's operator id so the server can map the TLS client certificate to an operator account.
 *
 * @param operatorId         the CMS operator account id (1 to 64 printable ASCII characters)
 * @param codiceFiscale      the operator's codice fiscale
 * @param givenName          the given name
 * @param surname            the surname
 * @param organization       the operator's organisation, e.g. a pharmacy or an ASL
 * @param organizationalUnit the counter or office, if any
 * @since 0.1.0
 */
public record OperatorSubject(
        String operatorId,
        CodiceFiscale codiceFiscale,
        String givenName,
        String surname,
        String organization,
        Optional<String> organizationalUnit) {

    /** Prefix of the serialNumber attribute: a national tax identifier of Italy (ETSI EN 319 412-1 §5.1.3). */
    public static final String SERIAL_NUMBER_PREFIX = "TINIT-";

    /**
     * Checks every field.
     *
     * @throws TestPkiException with {@link TestPkiException.Reason#INVALID_SPEC} if the operator id is not 1 to 64
     *                          printable ASCII characters or a name is blank
     */
    public OperatorSubject {
        Objects.requireNonNull(operatorId, "operatorId");
        if (operatorId.isEmpty()
                || operatorId.length() > 64
                || !operatorId.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
            throw TestPkiException.invalid("operator id must be 1 to 64 printable ASCII characters without spaces");
        }
        Objects.requireNonNull(codiceFiscale, "codiceFiscale");
        Checks.requireText(givenName, "givenName");
        Checks.requireText(surname, "surname");
        Checks.requireText(organization, "organization");
        Objects.requireNonNull(organizationalUnit, "organizationalUnit");
        organizationalUnit.ifPresent(unit -> Checks.requireText(unit, "organizationalUnit"));
    }

    /**
     * Returns the common name: given name and surname, upper case.
     *
     * @return the CN value
     */
    public String commonName() {
        return (givenName + " " + surname).toUpperCase(Locale.ROOT);
    }

    /**
     * Returns the subject DN.
     *
     * @return the DN
     */
    public X500Principal toPrincipal() {
        X500NameBuilder name =
                new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "IT").addRDN(BCStyle.O, organization);
        organizationalUnit.ifPresent(unit -> name.addRDN(BCStyle.OU, unit));
        name.addRDN(BCStyle.CN, commonName())
                .addRDN(BCStyle.SURNAME, surname)
                .addRDN(BCStyle.GIVENNAME, givenName)
                .addRDN(BCStyle.SERIALNUMBER, SERIAL_NUMBER_PREFIX + codiceFiscale.value())
                .addRDN(BCStyle.UID, operatorId);
        return Checks.principal(name);
    }
}
