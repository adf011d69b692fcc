package io.tscns.auth.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.tscns.auth.AuthFixtures;
import io.tscns.auth.challenge.ChallengeVerifier;
import io.tscns.auth.challenge.JdbcChallengeStore;
import io.tscns.auth.proxy.AddressRange;
import io.tscns.auth.proxy.CertificateHeaderFormat;
import io.tscns.auth.proxy.TrustedProxyHeader;
import io.tscns.auth.revocation.FailMode;
import io.tscns.auth.servlet.CnsLoginFilter;
import io.tscns.auth.servlet.CnsRequestAuthenticator;
import io.tscns.auth.validation.Verdict;
import io.tscns.testpki.RevocationHttpServer;
import io.tscns.testpki.TestIssuer;
import io.tscns.testpki.TestPki;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hsqldb.jdbc.JDBCDataSource;
import org.junit.jupiter.api.Test;

/** The tscns-auth README's examples, run against the test PKI's lists and CRLs over HTTP. */
class CnsLoginReadmeTest {

    @Test
    void theReadmeExamplesRun() throws Exception {
        try (RevocationHttpServer server = RevocationHttpServer.start()) {
            TestPki pki = TestPki.builder().urlBase(server.baseUri()).build();
            pki.publish(server);
            PublishedLists lists = new PublishedLists(server, pki);
            URI lotl = lists.lotl;
            URI agidList = lists.italianList;
            X509Certificate officialJournalSigner = lists.officialJournalSigner.certificate();
            X509Certificate agidSigner = lists.agidSigner.get().certificate();
            URI toscanaCrl = server.baseUri().resolve(TestPki.crlPath(TestIssuer.TOSCANA));
            X509Certificate clientCertificate =
                    pki.cnsCredential(TestIssuer.TOSCANA, AuthFixtures.HOLDER).certificate();
            JDBCDataSource dataSource = new JDBCDataSource();
            dataSource.setUrl("jdbc:hsqldb:mem:readme");
            dataSource.setUser("SA");

            // tag::login[]
            CnsLogin login = CnsLogin.builder()
                    .listOfTrustedLists(lotl, Set.of(officialJournalSigner)) // AgID's signer as the LOTL announces it
                    .trustedList(agidList, Set.of(agidSigner))               // the offline fallback
                    .crl(toscanaCrl)                     // fetched at start, then refreshed in the background
                    .failMode(FailMode.HARD)             // refuse when revocation is unknown (the default)
                    .build();
            Verdict verdict = login.validate(clientCertificate);
            for (SourceState source : login.sources()) {   // what a health check reports
                System.out.println(source.kind() + " " + source.name() + ": " + source.freshness()
                        + ", next update " + source.nextUpdate().orElse(null)
                        + source.lastError().map(error -> ", last error " + error).orElse(""));
            }
            // end::login[]
            assertInstanceOf(Verdict.Accepted.class, verdict);
            assertEquals(3, login.sources().size());

            // tag::filter[]
            TrustedProxyHeader nginx = new TrustedProxyHeader("X-SSL-Client-Cert", CertificateHeaderFormat.PEM,
                    List.of(AddressRange.parse("10.0.0.0/8")));   // the header counts only from these addresses
            CnsLoginFilter filter = new CnsLoginFilter(new CnsRequestAuthenticator(login, Optional.of(nginx)));
            // In a ServletContextListener: context.addFilter("cns", filter).addMappingForUrlPatterns(null, false, "/*");
            // end::filter[]
            HttpServletRequest request = mock(HttpServletRequest.class);
            when(request.getAttribute(CnsRequestAuthenticator.CERTIFICATE_ATTRIBUTE))
                    .thenReturn(new X509Certificate[] {clientCertificate});
            FilterChain chain = mock(FilterChain.class);
            filter.doFilter(request, mock(HttpServletResponse.class), chain);
            verify(chain).doFilter(any(), any());

            // tag::cluster[]
            JdbcChallengeStore store = new JdbcChallengeStore(dataSource, JdbcChallengeStore.DEFAULT_TABLE, 100_000);
            store.createTable();                                   // once; every node may call it
            ChallengeVerifier challenges = new ChallengeVerifier("portale.example", Duration.ofMinutes(2), store,
                    login, Clock.systemUTC());
            // end::cluster[]
            assertEquals("portale.example", challenges.issue().audience());
            login.close();
        }
    }
}
