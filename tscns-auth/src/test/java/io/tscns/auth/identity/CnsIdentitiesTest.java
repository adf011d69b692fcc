package io.tscns.auth.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tscns.auth.AuthFixtures;
import io.tscns.core.person.BirthPlaceCode;
import io.tscns.core.person.CodiceFiscale;
import io.tscns.core.person.Sex;
import io.tscns.core.person.TemporaryCodiceFiscale;
import io.tscns.core.personaldata.HeaderConvention;
import io.tscns.core.personaldata.Padding;
import io.tscns.core.personaldata.PersonalData;
import io.tscns.core.personaldata.PersonalDataFile;
import io.tscns.testpki.CertificatePolicy;
import io.tscns.testpki.CnsSubject;
import io.tscns.testpki.TestCa;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.IntStream;
import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.Test;

class CnsIdentitiesTest {

    private static final TestCa CA = AuthFixtures.toscana();

    private static X509Certificate issue(CnsSubject subject) {
        return CA.issueCns(subject, AuthFixtures.holderKeys().getPublic());
    }

    @Test
    void theIdentityOfACnsCertificate() {
        X509Certificate certificate = issue(AuthFixtures.HOLDER);
        CnsIdentity identity = CnsIdentities.of(certificate);
        assertEquals(CodiceFiscale.parse("RSSMRA80A01H501U"), identity.codiceFiscale());
        assertEquals(AuthFixtures.CARD_ID, identity.cardId().value());
        assertEquals(
                AuthFixtures.HOLDER.personalDataHash(), identity.commonName().personalDataHash());
        assertEquals("MARIO", identity.givenName());
        assertEquals("ROSSI", identity.surname());
        assertEquals("REGIONE TOSCANA", identity.administration());
        assertEquals(Optional.of(CA.organization()), identity.certificateCompany());
        assertEquals(CertificateKind.CNS, identity.kind());
        assertEquals(CA.name(), identity.issuer());
        assertEquals(certificate.getSerialNumber(), identity.serialNumber());
        assertEquals(AuthFixtures.HOLDER.commonName(), identity.commonName().toString());
    }

    @Test
    void aTemporaryNumericCodiceFiscaleIsReadWhole() {
        String temporary = IntStream.range(0, 10)
                .mapToObj(d -> "1234567890" + d)
                .filter(CodiceFiscale::isValid)
                .findFirst()
                .orElseThrow();
        CnsSubject subject = CnsSubject.of(
                CodiceFiscale.parse(temporary),
                AuthFixtures.CARD_ID,
                "ANNA",
                "BIANCHI",
                "REGIONE TOSCANA",
                AuthFixtures.PERSONAL_DATA);
        CnsIdentity identity = CnsIdentities.of(issue(subject));
        assertInstanceOf(TemporaryCodiceFiscale.class, identity.codiceFiscale());
        assertEquals(temporary, identity.codiceFiscale().value());
    }

    @Test
    void policiesClassifyTheCertificate() {
        assertEquals(CertificateKind.LOMBARDY_CRS, kindWith(CertificatePolicy.of(CertificatePolicy.LOMBARDY_CRS_OID)));
        assertEquals(
                CertificateKind.LOMBARDY_CRS, kindWith(CertificatePolicy.of(CertificatePolicy.LOMBARDY_CRS_AGID_OID)));
        assertEquals(CertificateKind.CIE, kindWith(CertificatePolicy.cie()));
        X509Certificate none = CA.issue(CA.cnsAuthentication(
                        AuthFixtures.HOLDER, AuthFixtures.holderKeys().getPublic())
                .policies(CertificatePolicy.of("2.999.9"))
                .build());
        InvalidIdentityException e = assertThrows(InvalidIdentityException.class, () -> CnsIdentities.of(none));
        assertInstanceOf(IdentityProblem.NoKnownPolicy.class, e.problem());
    }

    private static CertificateKind kindWith(CertificatePolicy policy) {
        return CnsIdentities.of(CA.issue(CA.cnsAuthentication(
                                AuthFixtures.HOLDER, AuthFixtures.holderKeys().getPublic())
                        .policies(policy)
                        .build()))
                .kind();
    }

    @Test
    void aMissingOrRepeatedAttributeIsAProblem() {
        X509Certificate noOu = CA.issue(CA.cnsAuthentication(
                        AuthFixtures.HOLDER, AuthFixtures.holderKeys().getPublic())
                .subject(new X500Principal("CN=\"" + AuthFixtures.HOLDER.commonName() + "\""
                        + ", 2.5.4.42=MARIO, 2.5.4.4=ROSSI, O=x, C=IT"))
                .build());
        InvalidIdentityException e = assertThrows(InvalidIdentityException.class, () -> CnsIdentities.of(noOu));
        assertEquals(new IdentityProblem.AttributeCount("OU", 0), e.problem());
        assertEquals("subject has 0 OU attributes; expected exactly one", e.getMessage());
    }

    @Test
    void malformedCommonNamesAreTypedProblems() {
        String hash = AuthFixtures.HOLDER.personalDataHash();
        assertProblem(IdentityProblem.MalformedCommonName.class, "RSSMRA80A01H501U");
        assertProblem(IdentityProblem.MalformedCommonName.class, "RSSMRA80A01H501U/6090123456789000");
        assertProblem(IdentityProblem.InvalidCodiceFiscale.class, "RSSMRA80A01H501X/6090123456789000." + hash);
        assertProblem(IdentityProblem.InvalidCardId.class, "RSSMRA80A01H501U/60901234.5678." + hash);
        assertProblem(IdentityProblem.MalformedCommonName.class, "RSSMRA80A01H501U/6090123456789000.abc=");
        assertProblem(
                IdentityProblem.MalformedCommonName.class,
                "RSSMRA80A01H501U/6090123456789000." + hash.replace('=', 'A'));
    }

    private static void assertProblem(Class<? extends IdentityProblem> expected, String commonName) {
        InvalidIdentityException e =
                assertThrows(InvalidIdentityException.class, () -> CnsCommonName.parse(commonName));
        assertInstanceOf(expected, e.problem());
        assertEquals(false, e.getMessage().contains("RSSMRA80A01H501"), "no codice fiscale in the message");
    }

    @Test
    void theHashIsCheckedAgainstTheTextOrTheWholeFile() {
        PersonalData data = PersonalData.builder()
                .issuerCode("6090")
                .issueDate(LocalDate.of(2024, 2, 1))
                .expiryDate(LocalDate.of(2030, 2, 1))
                .holder("ROSSI", "MARIO", Sex.MALE, LocalDate.of(1980, 1, 1), new BirthPlaceCode("H501"))
                .residenceMunicipality(new BirthPlaceCode("H501"))
                .build();
        PersonalDataFile file = PersonalDataFile.of(data, HeaderConvention.INCLUDES_HEADER, Padding.ZERO_BYTES, 400);
        CodiceFiscale cf = CodiceFiscale.parse("RSSMRA80A01H501U");
        CnsCommonName overText =
                CnsCommonName.parse(CnsSubject.of(cf, AuthFixtures.CARD_ID, "MARIO", "ROSSI", "X", file.text())
                        .commonName());
        CnsCommonName overFile =
                CnsCommonName.parse(CnsSubject.of(cf, AuthFixtures.CARD_ID, "MARIO", "ROSSI", "X", file.encode())
                        .commonName());
        CnsCommonName other = CnsCommonName.parse(AuthFixtures.HOLDER.commonName());
        assertEquals(new PersonalDataMatch.MatchesText(), PersonalDataMatch.check(overText, file));
        assertEquals(new PersonalDataMatch.MatchesWholeFile(), PersonalDataMatch.check(overFile, file));
        assertEquals(new PersonalDataMatch.Mismatch(), PersonalDataMatch.check(other, file));
    }
}
