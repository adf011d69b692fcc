package io.tscns.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tscns.core.person.CodiceFiscale;
import io.tscns.test.junit.PostgresServer;
import io.tscns.testpki.CnsSubject;
import io.tscns.testpki.RevocationHttpServer;
import io.tscns.testpki.TestCredential;
import io.tscns.testpki.TestIssuer;
import io.tscns.testpki.TestPki;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances of the example share one PostgreSQL (started here): a challenge issued by one and answered at the
 * other logs the citizen in once; the replay fails on both; two answers racing to the two nodes let one in.
 */
class ClusterChallengeIT {

    private static final CnsSubject HOLDER = CnsSubject.of(
            CodiceFiscale.parse("VRDGLI48P63G702J"),
            "6090224572540000",
            "GIULIA",
            "VERDI",
            "REGIONE TOSCANA",
            "EF.Dati_personali".getBytes(StandardCharsets.US_ASCII));

    @TempDir
    static Path directory;

    private static PostgresServer postgres;
    private static RevocationHttpServer revocation;
    private static TestPki pki;
    private static ExampleApps.App first;
    private static ExampleApps.App second;

    @BeforeAll
    static void start() throws Exception {
        postgres = PostgresServer.start();
        revocation = RevocationHttpServer.start();
        pki = TestPki.builder().urlBase(revocation.baseUri()).build();
        pki.publish(revocation);
        Path trust = ExampleApps.trustDirectory(directory, pki.issuingCa(TestIssuer.TOSCANA));
        Map<String, String> shared = Map.of(
                "spring.datasource.url",
                postgres.jdbcUrl(),
                "tscns.auth.challenge.store",
                "jdbc",
                "tscns.auth.challenge.audience",
                "cns-login-example",
                "tscns.auth.revocation.crls",
                revocation
                        .baseUri()
                        .resolve(TestPki.crlPath(TestIssuer.TOSCANA))
                        .toString());
        first = ExampleApps.start(trust, shared);
        second = ExampleApps.start(trust, shared);
    }

    @AfterAll
    static void stop() {
        ExampleApps.closeAll(first, second, revocation, postgres);
    }

    /** The card's answer to a challenge, as the client sends it. */
    private static String answer(TestCredential card, String challenge) throws Exception {
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(card.privateKey());
        signature.update(Base64.getUrlDecoder().decode(challenge));
        return "{\"challenge\":\"" + challenge + "\",\"signature\":\""
                + Base64.getEncoder().encodeToString(signature.sign()) + "\",\"certificate\":\""
                + Base64.getEncoder().encodeToString(card.certificate().getEncoded()) + "\"}";
    }

    private static String issue(ExampleApps.App app) throws Exception {
        HttpResponse<String> issued = ExampleApps.postJson(app, "/challenges", "");
        assertEquals(200, issued.statusCode(), issued.body());
        return ExampleApps.field(issued.body(), "challenge");
    }

    @Test
    void aChallengeIssuedByOneNodeIsAnsweredAtTheOtherOnceAndTheReplayFailsOnBoth() throws Exception {
        TestCredential card = pki.cnsCredential(TestIssuer.TOSCANA, HOLDER);
        String answer = answer(card, issue(first));

        HttpResponse<String> login = ExampleApps.postJson(second, "/challenges/answer", answer);
        assertEquals(200, login.statusCode(), login.body());
        assertEquals("VRDGLI48P63G702J", ExampleApps.field(login.body(), "codiceFiscale"));

        for (ExampleApps.App node : List.of(second, first)) {
            HttpResponse<String> replay = ExampleApps.postJson(node, "/challenges/answer", answer);
            assertEquals(401, replay.statusCode(), replay.body());
            assertEquals("unknown-or-expired-challenge", ExampleApps.field(replay.body(), "code"));
        }
    }

    @Test
    void twoAnswersRacingToTheTwoNodesLetOneIn() throws Exception {
        TestCredential card = pki.cnsCredential(TestIssuer.TOSCANA, HOLDER);
        for (int round = 0; round < 10; round++) {
            String answer = answer(card, issue(round % 2 == 0 ? first : second));
            List<CompletableFuture<Integer>> racing = new ArrayList<>();
            for (ExampleApps.App node : List.of(first, second, first, second)) {
                racing.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return ExampleApps.postJson(node, "/challenges/answer", answer)
                                .statusCode();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
            List<Integer> statuses =
                    racing.stream().map(CompletableFuture::join).sorted().toList();
            assertEquals(List.of(200, 401, 401, 401), statuses, "round " + round);
        }
    }
}
