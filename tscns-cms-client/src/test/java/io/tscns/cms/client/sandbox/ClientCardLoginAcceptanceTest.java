package io.tscns.cms.client.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tscns.cms.client.CmsAuthenticationException;
import io.tscns.cms.client.CmsClient;
import io.tscns.cms.client.OperatorCredentials;
import io.tscns.cms.protocol.OperatorProfile;
import io.tscns.cms.protocol.OperatorRole;
import io.tscns.cms.protocol.ProblemCode;
import io.tscns.cms.sandbox.OperatorSeed;
import io.tscns.cms.sandbox.SimulatedCms;
import io.tscns.core.person.BirthPlaceCode;
import io.tscns.core.person.CodiceFiscale;
import io.tscns.core.person.CodiceFiscaleCalculator;
import io.tscns.core.person.Sex;
import io.tscns.testpki.CnsSubject;
import io.tscns.testpki.CrlReason;
import io.tscns.testpki.TestCredential;
import io.tscns.testpki.TestIssuer;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An operator logs in with their own card's CNS certificate through {@link OperatorCredentials#keyManager}, the
 * key held by any JCA key manager (here a software key from the test PKI; {@code ClientSimulatedCardAcceptanceTest}
 * uses a simulated card): login, an activation and a revocation in the operator's name, and the typed refusals.
 */
class ClientCardLoginAcceptanceTest {

    private static final CodiceFiscale LAURA = CodiceFiscaleCalculator.compute(
            "NERI", "LAURA", Sex.FEMALE, LocalDate.of(1978, 4, 12), new BirthPlaceCode("D612"));
    private static final CodiceFiscale STRANGER = CodiceFiscaleCalculator.compute(
            "BRUNI", "ELENA", Sex.FEMALE, LocalDate.of(1981, 9, 3), new BirthPlaceCode("D612"));
    private static final String CARD_ID = "6090000000000201";
    private static SimulatedCms cms;

    @BeforeAll
    static void start() {
        cms = SimulatedCms.builder()
                .withDefaultPopulation()
                .operator(OperatorSeed.of("asl-card", OperatorRole.ASL_COUNTER, SimulatedCms.TUSCANY)
                        .withPerson("LAURA NERI", LAURA))
                .start();
    }

    @AfterAll
    static void stop() {
        cms.close();
    }

    @Test
    void theCardsOperatorLogsInActivatesAndRevokesInTheirOwnName() {
        CmsClient laura = client(OperatorCredentials.keyManager(keyManager(card(LAURA), new Recording())));
        OperatorProfile me = laura.login();
        assertEquals("asl-card", me.operatorId());
        assertEquals(OperatorRole.ASL_COUNTER, me.role());
        assertEquals("LAURA NERI", me.displayName());

        ClientFixtures.activateAndRevokeAs(cms, laura, cms.issuedCards().get(ClientFixtures.TUSCAN), "asl-card");
    }

    @Test
    void theTlsProtocolsOfTheCredentialsAreTheOnesOffered() {
        Recording limited = new Recording();
        client(OperatorCredentials.keyManager(keyManager(card(LAURA), limited), List.of("TLSv1.2")))
                .login();
        assertEquals(List.of("TLSv1.2"), limited.protocols);
        Recording free = new Recording();
        client(OperatorCredentials.keyManager(keyManager(card(LAURA), free))).login();
        assertEquals(List.of("TLSv1.3"), free.protocols);
        assertThrows(
                IllegalArgumentException.class,
                () -> OperatorCredentials.keyManager(keyManager(card(LAURA), free), List.of("TLSv1.1")));
    }

    @Test
    void aRevokedCardIsRefusedWithItsProblem() {
        TestCredential revoked = card(LAURA);
        cms.pki().issuingCa(TestIssuer.TOSCANA).revoke(revoked.certificate(), Instant.now(), CrlReason.KEY_COMPROMISE);
        CmsAuthenticationException e = assertThrows(
                CmsAuthenticationException.class,
                () -> client(OperatorCredentials.keyManager(keyManager(revoked, new Recording())))
                        .login());
        assertEquals(Optional.of(ProblemCode.CARD_CERTIFICATE_REVOKED), e.problemCode());
    }

    @Test
    void aValidCardOfSomeoneWhoIsNoOperatorIsRefusedAsUnknown() {
        CmsAuthenticationException e = assertThrows(
                CmsAuthenticationException.class,
                () -> client(OperatorCredentials.keyManager(keyManager(card(STRANGER), new Recording())))
                        .login());
        assertEquals(Optional.of(ProblemCode.UNKNOWN_OPERATOR), e.problemCode());
        assertEquals(403, e.status());
    }

    private static CmsClient client(OperatorCredentials credentials) {
        return ClientFixtures.builder(cms).credentials(credentials).build();
    }

    /** A card's certificate and key from the Tuscan CA: one key for every certificate of the test. */
    private static TestCredential card(CodiceFiscale holder) {
        return cms.pki()
                .cnsCredential(
                        TestIssuer.TOSCANA,
                        CnsSubject.of(
                                holder,
                                CARD_ID,
                                "LAURA",
                                "NERI",
                                "REGIONE TOSCANA",
                                CARD_ID.getBytes(StandardCharsets.US_ASCII)));
    }

    /** The JDK's key manager over the credential, wrapped to record the protocol of each handshake. */
    private static X509ExtendedKeyManager keyManager(TestCredential credential, Recording recording) {
        char[] password = "card".toCharArray();
        try {
            KeyManagerFactory factory = KeyManagerFactory.getInstance("PKIX");
            factory.init(credential.toPkcs12("card", password), password);
            recording.delegate = (X509ExtendedKeyManager) factory.getKeyManagers()[0];
            return recording;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** Records the protocol version of the handshakes in which it chose the client's key. */
    private static final class Recording extends X509ExtendedKeyManager {
        private X509ExtendedKeyManager delegate;
        private final List<String> protocols = new CopyOnWriteArrayList<>();

        @Override
        public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
            protocols.add(engine.getHandshakeSession().getProtocol());
            return delegate.chooseEngineClientAlias(keyType, issuers, engine);
        }

        @Override
        public String[] getClientAliases(String keyType, Principal[] issuers) {
            return delegate.getClientAliases(keyType, issuers);
        }

        @Override
        public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
            return delegate.chooseClientAlias(keyType, issuers, socket);
        }

        @Override
        public String[] getServerAliases(String keyType, Principal[] issuers) {
            return delegate.getServerAliases(keyType, issuers);
        }

        @Override
        public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
            return delegate.chooseServerAlias(keyType, issuers, socket);
        }

        @Override
        public X509Certificate[] getCertificateChain(String alias) {
            return delegate.getCertificateChain(alias);
        }

        @Override
        public PrivateKey getPrivateKey(String alias) {
            return delegate.getPrivateKey(alias);
        }
    }
}
