package io.tscns.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.cms.protocol.OperatorRole;
import io.tscns.cms.sandbox.OperatorSeed;
import io.tscns.cms.sandbox.SimulatedCms;
import io.tscns.core.person.BirthPlaceCode;
import io.tscns.core.person.Sex;
import io.tscns.simcard.CardFactory;
import io.tscns.simcard.CardHolder;
import io.tscns.simcard.IssuedCard;
import io.tscns.simcard.smartcardio.SimulatedReaders;
import io.tscns.test.junit.SecretLeaks;
import io.tscns.testpki.CrlReason;
import io.tscns.testpki.TestIssuer;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tscns cms login --card}: the operator's simulated card in a reader logs in to the sandbox CMS, and the
 * command prints who the CMS says the operator is; a revoked card is refused with exit 7. The PIN is never printed.
 */
class CmsLoginCommandTest {

    private static final CardHolder LAURA = new CardHolder(
            "NERI",
            "LAURA",
            Sex.FEMALE,
            LocalDate.of(1978, 4, 12),
            new BirthPlaceCode("D612"),
            new BirthPlaceCode("D612"));
    private static SimulatedCms cms;
    private static CardFactory factory;

    @TempDir
    static Path directory;

    private static Path ca;

    @BeforeAll
    static void start() throws Exception {
        cms = SimulatedCms.builder()
                .operator(OperatorSeed.of("asl-card", OperatorRole.ASL_COUNTER, SimulatedCms.TUSCANY)
                        .withPerson(LAURA.displayName(), LAURA.codiceFiscale()))
                .start();
        factory = CardFactory.builder().pki(cms.pki()).build();
        ca = Pki.pem(directory, "ca.pem", cms.caCertificate());
    }

    @AfterAll
    static void stop() {
        cms.close();
    }

    @Test
    void theOperatorsCardLogsInAndTheCommandPrintsWhoTheCmsSaysTheyAre() {
        IssuedCard card = factory.issue(LAURA);
        String pin = new String(card.pin().toCharArray());
        Cli.Result result = Cli.with(readers(card))
                .stdin(pin + "\n")
                .run("cms", "login", "--card", "--url", base(), "--trust", ca.toString(), "--pin-stdin");
        assertTrue(result.exited(ExitCode.OK), result::toString);
        assertTrue(result.out().contains("asl-card"), result.out());
        assertTrue(result.out().contains("LAURA NERI"), result.out());
        assertTrue(result.out().contains("ASL_COUNTER"), result.out());
        assertTrue(result.out().contains(card.cardId().value()), result.out());
        SecretLeaks.assertNone(result.all(), pin);
    }

    @Test
    void aRevokedCardIsRefusedWithTheRevokedExitCode() {
        IssuedCard card = factory.issue(LAURA);
        cms.pki().issuingCa(TestIssuer.TOSCANA).revoke(card.certificate(), Instant.now(), CrlReason.KEY_COMPROMISE);
        Cli.Result result = Cli.with(readers(card))
                .stdin(new String(card.pin().toCharArray()) + "\n")
                .run("cms", "login", "--card", "--url", base(), "--trust", ca.toString(), "--pin-stdin");
        assertTrue(result.exited(ExitCode.CERTIFICATE_REVOKED), result::toString);
        assertTrue(result.err().contains("card-certificate-revoked"), result.err());
        assertEquals("", result.out());
    }

    private static String base() {
        return "https://localhost:" + cms.port();
    }

    private static SimulatedReaders readers(IssuedCard card) {
        SimulatedReaders readers = SimulatedReaders.create("Counter Reader 0");
        readers.terminal("Counter Reader 0").insert(card.card());
        return readers;
    }
}
