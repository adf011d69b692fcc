package io.tscns.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tscns.core.personaldata.HeaderConvention;
import io.tscns.simcard.CardFactory;
import io.tscns.simcard.CardHolder;
import io.tscns.simcard.IssuedCard;
import io.tscns.simcard.smartcardio.SimulatedReaders;
import io.tscns.testpki.CrlReason;
import io.tscns.testpki.KeyPairSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tscns read} on cards that test what it decodes and checks: an omocodic codice fiscale, the other header
 * convention, a tampered EF.Dati_personali, and the certificate's trust and revocation with {@code --trust}.
 */
class ReadVerdictsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String READER = "Reader 0";

    @TempDir
    Path dir;

    private static Cli.Result read(IssuedCard issued, String... args) {
        SimulatedReaders readers = SimulatedReaders.create(READER);
        readers.terminal(READER).insert(issued.card());
        String[] line = new String[args.length + 1];
        line[0] = "read";
        System.arraycopy(args, 0, line, 1, args.length);
        return Cli.with(readers).run(line);
    }

    @Test
    void anOmocodicCodeIsDecodedAndNormalised() throws Exception {
        try (IssuedCard issued = Pki.CARDS.issue(CardHolder.example().withOmocodeLevel(3))) {
            Cli.Result result = read(issued, "--json");

            assertTrue(result.exited(ExitCode.OK), result::toString);
            JsonNode json = JSON.readTree(result.out());
            CardJson.assertExactly(json, READER, issued);
            JsonNode code = json.get("codiceFiscale");
            assertEquals("RSSMRA80A01H501U", code.get("normalised").asText());
            assertTrue(code.get("omocodic").asBoolean());
            assertEquals(3, code.get("omocodeLevel").asInt());
            assertEquals("1980-01-01", code.get("birthDate").asText());
            assertEquals("M", code.get("sex").asText());
            assertEquals("H501", code.get("birthPlace").asText());
            assertFalse(code.get("temporary").asBoolean());
            assertEquals(0, code.get("disagreesWith").size());
        }
    }

    @Test
    void theTextShowsIsoDatesTheDecodedCodeAndReadableNames() {
        try (IssuedCard issued = Pki.card()) {
            Cli.Result result = read(issued);

            assertTrue(result.exited(ExitCode.OK), result::toString);
            String out = result.out();
            assertTrue(out.contains("Birth date (data di nascita):"), out);
            assertTrue(
                    out.lines()
                            .anyMatch(
                                    l -> l.startsWith("  Birth date (data di nascita):") && l.endsWith(" 1980-01-01")),
                    out);
            assertTrue(
                    out.lines()
                            .anyMatch(l ->
                                    l.strip().startsWith("Issue date (data rilascio):") && l.endsWith(" 2026-03-01")),
                    out);
            assertTrue(out.contains("Normalised (base code):"), out);
            assertTrue(out.contains("SURNAME=ROSSI") && out.contains("GIVENNAME=MARIO"), out);
            assertFalse(out.contains("2.5.4.4=#"), out);
            assertTrue(
                    out.lines()
                            .anyMatch(l ->
                                    l.strip().startsWith("EF.Dati_personali matches the certificate's " + "digest:")
                                            && l.endsWith(" yes")),
                    out);
        }
    }

    @Test
    void theOtherHeaderConventionReadsTheSame() throws Exception {
        CardFactory excluding = CardFactory.builder()
                .pki(Pki.PKI)
                .keys(KeyPairSource.seeded(77))
                .headerConvention(HeaderConvention.EXCLUDES_HEADER)
                .build();
        try (IssuedCard issued = excluding.issue(CardHolder.example())) {
            Cli.Result result = read(issued, "--json");

            assertTrue(result.exited(ExitCode.OK), result::toString);
            JsonNode json = JSON.readTree(result.out());
            CardJson.assertExactly(json, READER, issued);
            assertEquals(
                    "EXCLUDES_HEADER",
                    json.get("personalData")
                            .get("layout")
                            .get("headerConvention")
                            .asText());
        }
    }

    @Test
    void aTamperedFileIsReportedAndFailsOnlyWhenAMatchIsRequired() throws Exception {
        CardFactory tampering = CardFactory.builder()
                .pki(Pki.PKI)
                .keys(KeyPairSource.seeded(77))
                .tamperWithPersonalData(file -> {
                    file[38] = 'O'; // ROSSI -> ROSSO
                    return file;
                })
                .build();
        try (IssuedCard issued = tampering.issue(CardHolder.example())) {
            Cli.Result json = read(issued, "--json");
            assertTrue(json.exited(ExitCode.OK), json::toString);
            JsonNode checks = JSON.readTree(json.out()).get("checks");
            assertFalse(checks.get("personalDataMatchesCertificate").asBoolean(), checks::toString);
            assertFalse(checks.has("personalDataDigestOver"), checks::toString);
            assertTrue(checks.get("cardIdMatchesCertificate").asBoolean(), checks::toString);
            JsonNode code = JSON.readTree(json.out()).get("codiceFiscale");
            assertTrue(
                    code.get("agreesWithPersonalData").asBoolean(),
                    "ROSSO gives RSS like ROSSI: the codice " + "fiscale cannot tell, only the digest can");

            Cli.Result text = read(issued);
            assertTrue(text.exited(ExitCode.OK), text::toString);
            assertTrue(
                    text.out()
                            .lines()
                            .anyMatch(l ->
                                    l.strip().startsWith("EF.Dati_personali matches the " + "certificate's digest:")
                                            && l.endsWith(" no")),
                    text::out);

            Cli.Result required = read(issued, "--require-match");
            assertTrue(required.exited(ExitCode.FAILED), required::toString);
            assertEquals(1, required.err().lines().count(), required::err);
            assertTrue(
                    required.err().startsWith("tscns: the card's files do not match its certificate"), required::err);
            assertFalse(required.out().isEmpty(), "the report is still printed");
        }
        try (IssuedCard intact = Pki.card()) {
            assertTrue(read(intact, "--require-match").exited(ExitCode.OK));
        }
    }

    @Test
    void trustIsCheckedOfflineAndARevokedCertificateSaysWhenAndWhy() throws Exception {
        try (IssuedCard issued = Pki.card();
                IssuedCard other = Pki.card()) {
            Path ca = Pki.pem(dir, "toscana.pem", Pki.toscana().certificate());
            Path goodCrl = Files.write(
                    dir.resolve("good.crl"),
                    Pki.toscana().signCrl(Pki.toscana().crl().build()));
            Cli.Result trusted = read(issued, "--json", "--trust", ca.toString(), "--crl", goodCrl.toString());
            assertTrue(trusted.exited(ExitCode.OK), trusted::toString);
            JsonNode trust = JSON.readTree(trusted.out()).get("trust");
            assertTrue(trust.get("trusted").asBoolean(), trust::toString);
            assertFalse(trust.get("revoked").asBoolean(), trust::toString);
            assertEquals(0, trust.get("rejectionReasons").size());
            assertTrue(trust.get("revocation").asText().startsWith("good (CRL"), trust::toString);

            Instant revokedAt = Cli.NOW.minusSeconds(3600);
            Pki.toscana().revoke(other.certificate(), revokedAt, CrlReason.KEY_COMPROMISE);
            Path crl = Files.write(
                    dir.resolve("revoked.crl"),
                    Pki.toscana().signCrl(Pki.toscana().crl().build()));
            Cli.Result revoked = read(other, "--json", "--trust", ca.toString(), "--crl", crl.toString());
            assertTrue(revoked.exited(ExitCode.CERTIFICATE_REVOKED), revoked::toString);
            JsonNode verdict = JSON.readTree(revoked.out()).get("trust");
            assertFalse(verdict.get("trusted").asBoolean());
            assertTrue(verdict.get("revoked").asBoolean());
            assertEquals(revokedAt.toString(), verdict.get("revocationDate").asText());
            assertEquals("KEY_COMPROMISE", verdict.get("revocationReason").asText());
            assertEquals(
                    "revoked",
                    verdict.get("rejectionReasons").get(0).get("code").asText());

            Path lombardia = Pki.pem(
                    dir,
                    "lombardia.pem",
                    Pki.PKI.issuingCa(io.tscns.testpki.TestIssuer.LOMBARDIA).certificate());
            Cli.Result untrusted = read(issued, "--trust", lombardia.toString());
            assertTrue(untrusted.exited(ExitCode.CERTIFICATE_REJECTED), untrusted::toString);
            assertTrue(untrusted.out().contains("untrusted-issuer"), untrusted::out);
        }
    }

    @Test
    void aCrlWithoutTrustAnchorsIsAUsageError() throws Exception {
        try (IssuedCard issued = Pki.card()) {
            Path crl = Files.write(
                    dir.resolve("any.crl"),
                    Pki.toscana().signCrl(Pki.toscana().crl().build()));
            Cli.Result result = read(issued, "--crl", crl.toString());
            assertTrue(result.exited(ExitCode.USAGE), result::toString);
            assertTrue(result.err().contains("--trust"), result::err);
        }
    }
}
