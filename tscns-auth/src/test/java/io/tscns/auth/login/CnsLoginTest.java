package io.tscns.auth.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.auth.AuthFixtures;
import io.tscns.auth.crl.CrlLimits;
import io.tscns.auth.revocation.FailMode;
import io.tscns.auth.revocation.HttpRevocationTransport;
import io.tscns.auth.revocation.RevocationStatus;
import io.tscns.auth.revocation.Unavailability;
import io.tscns.auth.trust.TrustAnchors;
import io.tscns.auth.validation.RejectionReason;
import io.tscns.auth.validation.Verdict;
import io.tscns.testpki.CrlReason;
import io.tscns.testpki.CrlSpec;
import io.tscns.testpki.HttpFault;
import io.tscns.testpki.ManualClock;
import io.tscns.testpki.RevocationHttpServer;
import io.tscns.testpki.RevokedCertificate;
import io.tscns.testpki.TestCa;
import io.tscns.testpki.TestCredential;
import io.tscns.testpki.TestIssuer;
import io.tscns.testpki.TestPki;
import java.math.BigInteger;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * CNS login in one call, against the test PKI's CRLs and lists over HTTP: CRLs fetched at start and refreshed in the
 * background, learned from certificates, a delta CRL applied at each refresh, stale past nextUpdate with the fail mode
 * deciding, downloads cut at their deadline and at their size, and the Italian list's signer rotated through the LOTL
 * while logins go on.
 */
class CnsLoginTest {

    private static RevocationHttpServer server;
    private static TestPki pki;
    private static TestCa toscana;

    @BeforeAll
    static void publish() {
        server = RevocationHttpServer.start();
        pki = TestPki.builder().urlBase(server.baseUri()).build();
        pki.publish(server);
        toscana = pki.issuingCa(TestIssuer.TOSCANA);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static X509Certificate card() {
        return pki.cnsCredential(TestIssuer.TOSCANA, AuthFixtures.HOLDER).certificate();
    }

    private static URI crlUrl() {
        return server.baseUri().resolve(TestPki.crlPath(TestIssuer.TOSCANA));
    }

    @Test
    void aConfiguredCrlIsLoadedAtStartAndARevocationIsSeenAtTheNextRefresh() throws Exception {
        try (CnsLogin login = CnsLogin.builder()
                .trustAnchors(TrustAnchors.of(List.of(toscana.certificate())))
                .crl(crlUrl())
                .learnCrlLocations(false)
                .refreshInterval(Duration.ofMillis(300))
                .build()) {
            X509Certificate card = card();
            Verdict.Accepted accepted = assertInstanceOf(Verdict.Accepted.class, login.validate(card));
            assertEquals("RSSMRA80A01H501U", accepted.identity().codiceFiscale().value());
            SourceState crl = login.sources().get(0);
            assertEquals(SourceState.Kind.CRL, crl.kind());
            assertEquals(toscana.certificate().getSubjectX500Principal().getName(), crl.name());
            assertEquals(SourceState.Freshness.FRESH, crl.freshness());

            toscana.revoke(card, Instant.now().minusSeconds(5), CrlReason.KEY_COMPROMISE);
            Verdict verdict = accepted;
            for (int i = 0; i < 100 && verdict instanceof Verdict.Accepted; i++) {
                Thread.sleep(100);
                verdict = login.validate(card);
            }
            Verdict.Rejected rejected =
                    assertInstanceOf(Verdict.Rejected.class, verdict, "the background refresh picked up the new CRL");
            assertInstanceOf(RejectionReason.Revoked.class, rejected.reasons().get(0));
        }
    }

    @Test
    void pastNextUpdateWithTheEndpointDownTheSourceIsStaleAndTheFailModeDecides() {
        for (FailMode mode : FailMode.values()) {
            // A minute ahead, for each mode: a CRL the test server signs during the test (thisUpdate in whole seconds
            // of the real time) is then never in the clock's future, however slowly the machine runs.
            ManualClock clock = new ManualClock(Instant.now().plusSeconds(60));
            server.httpFault(TestPki.crlPath(TestIssuer.TOSCANA), HttpFault.NONE);
            try (CnsLogin login = CnsLogin.builder()
                    .trustAnchors(TrustAnchors.of(List.of(toscana.certificate())))
                    .crl(crlUrl())
                    .failMode(mode)
                    .clock(clock)
                    .build()) {
                X509Certificate card = card();
                assertInstanceOf(Verdict.Accepted.class, login.validate(card));
                server.httpFault(TestPki.crlPath(TestIssuer.TOSCANA), HttpFault.SERVER_ERROR);
                clock.advance(Duration.ofDays(2));
                assertFalse(login.refreshNow());
                SourceState crl = login.sources().get(0);
                assertEquals(SourceState.Freshness.STALE, crl.freshness());
                assertTrue(
                        crl.lastError().orElseThrow().contains("HTTP 500"),
                        crl.lastError().get());
                assertFalse(login.isFresh());
                Verdict verdict = login.validate(card);
                if (mode == FailMode.HARD) {
                    RejectionReason.RevocationUnknown unknown = assertInstanceOf(
                            RejectionReason.RevocationUnknown.class,
                            assertInstanceOf(Verdict.Rejected.class, verdict)
                                    .reasons()
                                    .get(0));
                    assertInstanceOf(Unavailability.Stale.class, unknown.cause());
                } else {
                    assertInstanceOf(
                            RevocationStatus.Unknown.class,
                            assertInstanceOf(Verdict.Accepted.class, verdict).revocation());
                }
            } finally {
                server.httpFault(TestPki.crlPath(TestIssuer.TOSCANA), HttpFault.NONE);
            }
        }
    }

    @Test
    void withoutAConfiguredUrlTheFirstLoginOfACaLearnsItsDistributionPoint() {
        TestCa lazio = pki.issuingCa(TestIssuer.UMBRIA);
        try (CnsLogin login = CnsLogin.builder()
                .trustAnchors(TrustAnchors.of(List.of(lazio.certificate())))
                .build()) {
            assertEquals(List.of(), login.sources());
            X509Certificate card =
                    pki.cnsCredential(TestIssuer.UMBRIA, AuthFixtures.HOLDER).certificate();
            Verdict.Accepted accepted = assertInstanceOf(Verdict.Accepted.class, login.validate(card));
            assertEquals(
                    RevocationStatus.Source.CRL,
                    assertInstanceOf(RevocationStatus.Good.class, accepted.revocation())
                            .source());
            assertEquals(1, login.sources().size());
        }
    }

    @Test
    void aDownloadThatStallsIsCutAtItsDeadline() {
        server.httpFault(TestPki.crlPath(TestIssuer.TOSCANA), HttpFault.STALLED_BODY);
        try (CnsLogin login = CnsLogin.builder()
                .trustAnchors(TrustAnchors.of(List.of(toscana.certificate())))
                .crl(crlUrl())
                .downloadTimeout(Duration.ofMillis(700))
                // The headers come at once, but may take longer than 700 ms on a loaded machine: only the deadline
                // on the whole download is under test, so the transport's own timeout is far longer.
                .transport(new HttpRevocationTransport(Duration.ofSeconds(30)))
                .build()) {
            SourceState crl = login.sources().get(0);
            assertEquals(SourceState.Freshness.MISSING, crl.freshness());
            assertTrue(
                    crl.lastError().orElseThrow().contains("did not finish within"),
                    crl.lastError().get());
            Verdict.Rejected rejected = assertInstanceOf(Verdict.Rejected.class, login.validate(card()));
            assertInstanceOf(
                    Unavailability.FetchFailed.class,
                    assertInstanceOf(
                                    RejectionReason.RevocationUnknown.class,
                                    rejected.reasons().get(0))
                            .cause());
        } finally {
            server.httpFault(TestPki.crlPath(TestIssuer.TOSCANA), HttpFault.NONE);
        }
    }

    @Test
    void aDeltaCrlIsFetchedAtEveryRefreshAndItsBaseOnlyWhenDue() {
        TestCa lombardia = pki.issuingCa(TestIssuer.LOMBARDIA);
        Instant issued = Instant.now().minusSeconds(60);
        CrlSpec baseSpec =
                lombardia.crl().updates(issued, issued.plus(Duration.ofDays(1))).build();
        byte[] base = lombardia.signCrl(baseSpec);
        URI baseUrl = server.serveCrl("crl/delta-test/base.crl", () -> base);
        URI deltaUrl = server.serveCrl(
                "crl/delta-test/delta.crl",
                () -> lombardia.signCrl(lombardia.deltaCrl(baseSpec).build()));
        try (CnsLogin login = CnsLogin.builder()
                .trustAnchors(TrustAnchors.of(List.of(lombardia.certificate())))
                .crl(baseUrl, deltaUrl)
                .learnCrlLocations(false)
                .build()) {
            X509Certificate card =
                    pki.cnsCredential(TestIssuer.LOMBARDIA, AuthFixtures.HOLDER).certificate();
            assertInstanceOf(Verdict.Accepted.class, login.validate(card));

            // After the base's thisUpdate, so that the delta lists it and the base does not.
            lombardia.revoke(card, Instant.now().minusSeconds(1), CrlReason.KEY_COMPROMISE);
            assertTrue(login.refreshNow(), login.sources().toString());
            Verdict.Rejected rejected = assertInstanceOf(
                    Verdict.Rejected.class,
                    login.validate(card),
                    "the revocation came in the delta; the base does not list it");
            assertInstanceOf(RejectionReason.Revoked.class, rejected.reasons().get(0));
            assertEquals(1, server.requestCount("crl/delta-test/base.crl"), "the base is not due for an hour");
            assertEquals(2, server.requestCount("crl/delta-test/delta.crl"));
        }
    }

    @Test
    void aCrlLargerThanTheLimitIsRefusedAndTheLastGoodOneKept() {
        TestCa sardegna = pki.issuingCa(TestIssuer.SARDEGNA);
        byte[] small = sardegna.signCrl(sardegna.crl().build());
        List<RevokedCertificate> many = IntStream.range(0, 500)
                .mapToObj(i -> RevokedCertificate.of(
                        BigInteger.valueOf(1_000_000L + i), Instant.now(), CrlReason.KEY_COMPROMISE))
                .toList();
        byte[] large = sardegna.signCrl(sardegna.crl().entries(many).build());
        long limit = 4096;
        assertTrue(small.length < limit && large.length > 2 * limit, small.length + " and " + large.length);
        AtomicReference<byte[]> published = new AtomicReference<>(small);
        URI url = server.serveCrl("crl/size-test.crl", published::get);
        try (CnsLogin login = CnsLogin.builder()
                .trustAnchors(TrustAnchors.of(List.of(sardegna.certificate())))
                .crl(url)
                .learnCrlLocations(false)
                .crlLimits(new CrlLimits(limit, 1_000))
                .build()) {
            X509Certificate card =
                    pki.cnsCredential(TestIssuer.SARDEGNA, AuthFixtures.HOLDER).certificate();
            assertInstanceOf(Verdict.Accepted.class, login.validate(card));
            Instant loaded = login.sources().get(0).thisUpdate().orElseThrow();

            published.set(large);
            assertFalse(login.refreshNow());
            SourceState crl = login.sources().get(0);
            assertTrue(
                    crl.lastError().orElseThrow().contains(Long.toString(limit)),
                    crl.lastError().get());
            assertEquals(1, crl.consecutiveFailures());
            assertEquals(SourceState.Freshness.FRESH, crl.freshness(), "the last good CRL is within nextUpdate");
            assertEquals(Optional.of(loaded), crl.thisUpdate());
            assertInstanceOf(Verdict.Accepted.class, login.validate(card));
        }
    }

    @Test
    void theItalianListsSignerRotatesThroughTheLotlAndLoginsKeepWorking() {
        PublishedLists lists = new PublishedLists(server, pki);
        TestCredential agidNow = lists.agidSigner.get();
        List<Verdict> verdicts = new ArrayList<>();
        try (CnsLogin login = CnsLogin.builder()
                .listOfTrustedLists(lists.lotl, Set.of(lists.officialJournalSigner.certificate()))
                .trustedList(lists.italianList, Set.of(agidNow.certificate()))
                .listener(verdicts::add)
                .build()) {
            assertInstanceOf(Verdict.Accepted.class, login.validate(card()));
            assertEquals(
                    List.of(
                            SourceState.Kind.TRUSTED_LIST,
                            SourceState.Kind.LIST_OF_TRUSTED_LISTS,
                            SourceState.Kind.CRL),
                    login.sources().stream().map(SourceState::kind).toList());

            lists.agidSigner.set(pki.trustedListSigner("it-next"));
            assertTrue(login.refreshNow(), login.sources().toString());
            assertInstanceOf(Verdict.Accepted.class, login.validate(card()));
            assertTrue(login.isFresh(), login.sources().toString());
            assertEquals(2, verdicts.size());
        }
    }
}
