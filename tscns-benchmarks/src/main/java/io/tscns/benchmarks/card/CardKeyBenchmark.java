package io.tscns.benchmarks.card;

import io.tscns.card.CnsCard;
import io.tscns.card.CnsCardOptions;
import io.tscns.card.jca.CardKeyManager;
import io.tscns.card.jca.TscnsKeyStoreParameter;
import io.tscns.card.jca.TscnsProvider;
import io.tscns.core.person.CodiceFiscale;
import io.tscns.simcard.CardFactory;
import io.tscns.simcard.CardHolder;
import io.tscns.simcard.IssuedCard;
import io.tscns.simcard.SimulatedProfile;
import io.tscns.testpki.CnsSubject;
import io.tscns.testpki.KeyPairSource;
import io.tscns.testpki.TestCredential;
import io.tscns.testpki.TestIssuer;
import io.tscns.testpki.TestPki;
import io.tscns.testpki.TlsContexts;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Signature;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult.HandshakeStatus;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;
import javax.security.auth.callback.UnsupportedCallbackException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Signatures and TLS client-authentication handshakes per second with the simulated card's key in process, through
 * {@code TscnsProvider} and {@code CardKeyManager}, next to the same with a software RSA-2048 key loaded from a
 * PKCS#12 file, in the same run: the card path's overhead over the key file. The simulated card runs the same RSA
 * private-key operation as the software key, so the difference is what tscns adds: APDUs, the card's own checks
 * (card id, certificate), the signature check against the certificate. Each handshake is a full one between two
 * {@link SSLEngine}s in memory (no resumption), the server requiring a client certificate.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CardKeyBenchmark {

    /** Where the client's key is. */
    public enum KeySource {
        /** The simulated card in process, through the TSCNS provider. */
        CARD,
        /** A PKCS#12 file's RSA-2048 key, through the JDK's providers. */
        SOFTWARE
    }

    /** Where the client's key is. */
    @Param({"CARD", "SOFTWARE"})
    public KeySource key;

    /** The TLS version of the handshake. */
    @Param({"TLSv1.3", "TLSv1.2"})
    public String protocol;

    private static final byte[] CHALLENGE = new byte[32];

    private IssuedCard issued;
    private CardPath.Connection connection;
    private CnsCard card;
    private SSLContext client;
    private SSLContext server;
    private PrivateKey signingKey;
    private Provider signingProvider;

    /**
     * Issues the card (PIN verified once, as after the first prompt) or loads the key file, and builds the TLS
     * contexts.
     *
     * @throws Exception if a context cannot be built
     */
    @Setup(Level.Trial)
    public void open() throws Exception {
        TestPki pki = TestPki.standard();
        server = TlsContexts.server(
                pki.localhostServerCredential(),
                List.of(pki.issuingCa(TestIssuer.TOSCANA).certificate()));
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(TlsContexts.trustStore(List.of(pki.root().certificate())));
        if (key == KeySource.CARD) {
            issued = CardFactory.builder()
                    .keys(KeyPairSource.seeded(1))
                    .build()
                    .issue(CardHolder.example(), SimulatedProfile.CLASSIC);
            connection = CardPath.IN_PROCESS.open(issued.card());
            card = connection.cnsCard(CnsCardOptions.defaults());
            card.verifyPin(issued.pin());
            CardKeyManager keys = CardKeyManager.of(card, callbacks -> {
                throw new UnsupportedCallbackException(callbacks[0], "the PIN was verified in setup");
            });
            client = keys.sslContext(trust.getTrustManagers());
            signingProvider = TscnsProvider.install();
            KeyStore store = KeyStore.getInstance(TscnsProvider.KEY_STORE_TYPE, signingProvider);
            store.load(TscnsKeyStoreParameter.of(card, null));
            signingKey = (PrivateKey) store.getKey(store.aliases().nextElement(), null);
        } else {
            TestCredential credential = pki.cnsCredential(
                    TestIssuer.TOSCANA,
                    CnsSubject.of(
                            CodiceFiscale.parse("RSSMRA80A01H501U"),
                            "6090227373233000",
                            "MARIO",
                            "ROSSI",
                            "REGIONE TOSCANA",
                            new byte[16]));
            char[] password = "benchmark".toCharArray();
            KeyStore file = credential.toPkcs12("client", password);
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(file, password);
            client = SSLContext.getInstance("TLS");
            client.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
            signingKey = (PrivateKey) file.getKey("client", password);
            signingProvider = Signature.getInstance("SHA256withRSA").getProvider();
        }
        String seen = handshake();
        if (!seen.equals(protocol)) {
            throw new IllegalStateException("the handshake negotiated " + seen + ", not " + protocol);
        }
    }

    /** Closes the card. */
    @TearDown(Level.Trial)
    public void close() {
        if (card != null) {
            card.close();
            connection.close();
            issued.close();
        }
    }

    /**
     * Signs a 32-byte challenge with {@code SHA256withRSA}.
     *
     * @return the signature
     * @throws GeneralSecurityException never in practice
     */
    @Benchmark
    public byte[] sign() throws GeneralSecurityException {
        Signature signature = Signature.getInstance("SHA256withRSA", signingProvider);
        signature.initSign(signingKey);
        signature.update(CHALLENGE);
        return signature.sign();
    }

    /**
     * Runs one full handshake with client authentication.
     *
     * @return the protocol negotiated
     * @throws SSLException if the handshake fails
     */
    @Benchmark
    public String handshake() throws SSLException {
        SSLEngine clientEngine = client.createSSLEngine();
        clientEngine.setUseClientMode(true);
        clientEngine.setEnabledProtocols(new String[] {protocol});
        SSLEngine serverEngine = server.createSSLEngine();
        serverEngine.setUseClientMode(false);
        serverEngine.setNeedClientAuth(true);
        int packet = clientEngine.getSession().getPacketBufferSize();
        ByteBuffer toServer = ByteBuffer.allocate(packet * 4);
        ByteBuffer toClient = ByteBuffer.allocate(packet * 4);
        ByteBuffer application = ByteBuffer.allocate(clientEngine.getSession().getApplicationBufferSize() * 2);
        clientEngine.beginHandshake();
        serverEngine.beginHandshake();
        for (int step = 0; step < 200; step++) {
            boolean clientMoved = advance(clientEngine, toClient, toServer, application);
            boolean serverMoved = advance(serverEngine, toServer, toClient, application);
            if (done(clientEngine) && done(serverEngine) && toServer.position() == 0 && toClient.position() == 0) {
                if (serverEngine.getSession().getPeerCertificates().length == 0) {
                    throw new SSLException("the server saw no client certificate");
                }
                return serverEngine.getSession().getProtocol();
            }
            if (!clientMoved && !serverMoved) {
                throw new SSLException("the handshake stalled");
            }
        }
        throw new SSLException("the handshake did not finish in 200 steps");
    }

    private static boolean done(SSLEngine engine) {
        HandshakeStatus status = engine.getHandshakeStatus();
        return status == HandshakeStatus.NOT_HANDSHAKING || status == HandshakeStatus.FINISHED;
    }

    /** Moves one engine one step: wraps what it must send, unwraps what it received, runs its tasks. */
    private static boolean advance(SSLEngine engine, ByteBuffer in, ByteBuffer out, ByteBuffer application)
            throws SSLException {
        switch (engine.getHandshakeStatus()) {
            case NEED_WRAP -> {
                engine.wrap(ByteBuffer.allocate(0), out);
                return true;
            }
            case NEED_UNWRAP -> {
                in.flip();
                int before = in.remaining();
                engine.unwrap(in, application);
                boolean moved = in.remaining() != before;
                in.compact();
                application.clear();
                return moved;
            }
            case NEED_TASK -> {
                Runnable task;
                while ((task = engine.getDelegatedTask()) != null) {
                    task.run();
                }
                return true;
            }
            default -> {
                if (in.position() > 0) {
                    in.flip();
                    engine.unwrap(in, application);
                    in.compact();
                    application.clear();
                    return true;
                }
                return false;
            }
        }
    }
}
