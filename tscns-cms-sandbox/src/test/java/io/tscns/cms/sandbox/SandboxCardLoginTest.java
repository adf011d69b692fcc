package io.tscns.cms.sandbox;

import static io.tscns.cms.sandbox.SandboxHttpTest.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tscns.cms.protocol.OperatorProfile;
import io.tscns.cms.protocol.OperatorRole;
import io.tscns.core.audit.AuditEntry;
import io.tscns.core.person.BirthPlaceCode;
import io.tscns.core.person.CodiceFiscale;
import io.tscns.core.person.CodiceFiscaleCalculator;
import io.tscns.core.person.Sex;
import io.tscns.testpki.CertificateSpec;
import io.tscns.testpki.CnsSubject;
import io.tscns.testpki.CrlReason;
import io.tscns.testpki.KeyPurpose;
import io.tscns.testpki.OperatorSubject;
import io.tscns.testpki.TestCa;
import io.tscns.testpki.TestCredential;
import io.tscns.testpki.TestIssuer;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An operator logs in with their own card (Toscana manual v2.0 §10.1 step 2): the CNS certificate of the card as TLS
 * client certificate, checked against the trusted CNS CAs, its validity and a fresh CRL, and mapped to the operator
 * by codice fiscale. The card's key is a software key here; tscns-cms-client's acceptance tests use a simulated card.
 */
class SandboxCardLoginTest {

    private static final CodiceFiscale LAURA = person("NERI", "LAURA", 12);
    private static final CodiceFiscale PAOLA = person("GIALLI", "PAOLA", 13);
    private static final CodiceFiscale STRANGER = person("BRUNI", "ELENA", 14);
    private static SimulatedCms cms;

    @BeforeAll
    static void start() {
        cms = SimulatedCms.builder()
                .operator(OperatorSeed.of("asl-card", OperatorRole.ASL_COUNTER, SimulatedCms.TUSCANY)
                        .withPerson("LAURA NERI", LAURA))
                .operator(OperatorSeed.of("pharmacy-card", OperatorRole.PHARMACY, SimulatedCms.TUSCANY)
                        .withPerson("PAOLA GIALLI", PAOLA)
                        .withEnabled(false))
                .operatorCardIssuers(Set.of(TestIssuer.TOSCANA))
                .start();
    }

    @AfterAll
    static void stop() {
        cms.close();
    }

    @Test
    void theCardsCodiceFiscaleIdentifiesTheOperatorAndTheAuditNamesThem() {
        SandboxClient laura = new SandboxClient(cms, card(TestIssuer.TOSCANA, LAURA, "6090000000000101"));
        OperatorProfile me = SandboxClient.read(laura.get("operators/me"), OperatorProfile.class);
        assertEquals("asl-card", me.operatorId());
        assertEquals(OperatorRole.ASL_COUNTER, me.role());
        // The same role matrix as any credential: an ASL counter may not export the audit chain.
        assertProblem(laura.get("audit/export"), 403, "forbidden-role");
        List<AuditEntry> entries = cms.auditEntries();
        assertEquals("asl-card", entries.get(entries.size() - 1).record().operatorId());
    }

    @Test
    void aRevokedCardIsRefusedOnTheNextRequest() {
        TestCredential card = card(TestIssuer.TOSCANA, LAURA, "6090000000000102");
        SandboxClient laura = new SandboxClient(cms, card);
        assertEquals(200, laura.get("operators/me").statusCode());
        cms.pki().issuingCa(TestIssuer.TOSCANA).revoke(card.certificate(), Instant.now(), CrlReason.KEY_COMPROMISE);
        assertProblem(laura.get("operators/me"), 401, "card-certificate-revoked");
    }

    @Test
    void anExpiredCardIsRefused() {
        TestCa ca = cms.pki().issuingCa(TestIssuer.TOSCANA);
        Instant now = Instant.now();
        TestCredential expired = issue(
                ca,
                LAURA,
                "6090000000000103",
                spec -> spec.validity(now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(1))));
        assertProblem(new SandboxClient(cms, expired).get("operators/me"), 401, "card-certificate-expired");
    }

    @Test
    void aCardFromACaNotTrustedForOperatorsOrFromAnImpostorIsRefused() {
        assertProblem(
                new SandboxClient(cms, card(TestIssuer.LOMBARDIA, LAURA, "6030000000000104")).get("operators/me"),
                401,
                "card-certificate-untrusted");
        TestCredential impostor = issue(cms.pki().untrustedCa(), LAURA, "6090000000000105", spec -> spec);
        assertProblem(new SandboxClient(cms, impostor).get("operators/me"), 401, "card-certificate-untrusted");
    }

    @Test
    void aCertificateWithoutClientAuthIsNotACnsAuthenticationCertificate() {
        TestCredential signing = issue(
                cms.pki().issuingCa(TestIssuer.TOSCANA),
                LAURA,
                "6090000000000106",
                spec -> spec.extendedKeyUsage(KeyPurpose.EMAIL_PROTECTION));
        assertProblem(new SandboxClient(cms, signing).get("operators/me"), 401, "card-certificate-untrusted");
    }

    @Test
    void aValidCardOfSomeoneWhoIsNoOperatorIsUnknownOperator() {
        assertProblem(
                new SandboxClient(cms, card(TestIssuer.TOSCANA, STRANGER, "6090000000000107")).get("operators/me"),
                403,
                "unknown-operator");
    }

    @Test
    void aDisabledOperatorsCardIsRefusedAsDisabled() {
        assertProblem(
                new SandboxClient(cms, card(TestIssuer.TOSCANA, PAOLA, "6090000000000108")).get("operators/me"),
                403,
                "operator-disabled");
    }

    @Test
    void aPersonalCertificateNoOperatorHoldsIsStillUnauthenticated() {
        TestCredential stranger = cms.pki()
                .operatorCredential(new OperatorSubject(
                        "nobody", STRANGER, "BRUNI", "ELENA", "tscns Sandbox CMS", Optional.empty()));
        assertProblem(new SandboxClient(cms, stranger).get("operators/me"), 401, "unauthenticated");
    }

    @Test
    void twoOperatorsWithOneCodiceFiscaleAreRefusedAtTheStart() {
        SimulatedCms.Builder builder = SimulatedCms.builder()
                .pki(cms.pki())
                .operator(OperatorSeed.of("one", OperatorRole.PHARMACY, SimulatedCms.TUSCANY)
                        .withPerson("A", LAURA))
                .operator(OperatorSeed.of("two", OperatorRole.PHARMACY, SimulatedCms.TUSCANY)
                        .withPerson("B", LAURA));
        SandboxSetupException e = assertThrows(SandboxSetupException.class, builder::start);
        assertEquals(true, e.getMessage().contains("two"), e.getMessage());
    }

    private static TestCredential card(TestIssuer issuer, CodiceFiscale holder, String cardId) {
        return issue(cms.pki().issuingCa(issuer), holder, cardId, spec -> spec);
    }

    private static TestCredential issue(
            TestCa ca, CodiceFiscale holder, String cardId, UnaryOperator<CertificateSpec.Builder> variant) {
        // One key for every card of the test: deriving an RSA key is the slow part, and the certificates differ.
        KeyPair pair = cms.pki().keys().rsa("holder/operator-card");
        CnsSubject subject = CnsSubject.of(
                holder, cardId, "GIVEN", "SURNAME", "REGIONE TOSCANA", cardId.getBytes(StandardCharsets.US_ASCII));
        return ca.issueCredential(
                variant.apply(ca.cnsAuthentication(subject, pair.getPublic())).build(), pair.getPrivate());
    }

    private static CodiceFiscale person(String surname, String name, int day) {
        return CodiceFiscaleCalculator.compute(
                surname, name, Sex.FEMALE, LocalDate.of(1978, 4, day), new BirthPlaceCode("D612"));
    }
}
