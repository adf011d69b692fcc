package io.tscns.auth.identity;

import io.tscns.auth.internal.CertificateFields;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the {@link CnsIdentity} (<i>identità del titolare</i>) from a CNS, Lombardy CRS or CIE authentication
 * certificate ({@code docs/card.md §6}: subject {@code C, O, OU, CN, givenName, surname}; CN {@code <codice
 * fiscale>/<card id>.<hash>}). It checks the form of what it reads, not the certificate's trust: validate first.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class CnsIdentities {

    private static final String CN = "2.5.4.3";
    private static final String OU = "2.5.4.11";
    private static final String O = "2.5.4.10";
    private static final String GIVEN_NAME = "2.5.4.42";
    private static final String SURNAME = "2.5.4.4";

    private CnsIdentities() {}

    /**
     * Reads the identity.
     *
     * @param certificate the holder's certificate
     * @return the identity
     * @throws InvalidIdentityException if the certificate asserts no known policy, a required subject attribute is
     *                                  missing or repeated, or the CN is malformed
     */
    public static CnsIdentity of(X509Certificate certificate) {
        Objects.requireNonNull(certificate, "certificate");
        CertificateKind kind = CertificateKind.classify(CertificateFields.policies(certificate))
                .orElseThrow(() -> new InvalidIdentityException(new IdentityProblem.NoKnownPolicy()));
        CertificateFields.SubjectAttributes subject = CertificateFields.subject(certificate);
        CnsCommonName commonName = CnsCommonName.parse(single(subject, CN, "CN"));
        List<String> companies = subject.values(O);
        return new CnsIdentity(
                commonName,
                single(subject, GIVEN_NAME, "givenName"),
                single(subject, SURNAME, "surname"),
                single(subject, OU, "OU"),
                companies.size() == 1 ? Optional.of(companies.get(0)) : Optional.empty(),
                kind,
                certificate.getIssuerX500Principal(),
                certificate.getSerialNumber());
    }

    private static String single(CertificateFields.SubjectAttributes subject, String oid, String name) {
        List<String> values = subject.values(oid);
        if (values.size() != 1) {
            throw new InvalidIdentityException(new IdentityProblem.AttributeCount(name, values.size()));
        }
        return values.get(0);
    }
}
