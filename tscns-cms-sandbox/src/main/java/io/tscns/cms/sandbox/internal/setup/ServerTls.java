package io.tscns.cms.sandbox.internal.setup;

import io.tscns.testpki.TestCredential;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The TLS context of the sandbox's server (<i>contesto TLS del server</i>): the test PKI's {@code localhost}
 * certificate, and client certificates taken as the client's claim, not judged at the TLS layer. TLS still proves
 * that the client holds the key of the certificate it sends (its CertificateVerify); who that is, the HTTP front
 * decides, so that every refusal is a problem document rather than a failed handshake: a personal operator
 * certificate is known by its exact fingerprint (a certificate no CA of ours signed cannot have it), a card's CNS
 * certificate is validated against the trusted CNS CAs, a CRL and its validity
 * ({@code internal.cards.OperatorCards}), and anything else is {@code unauthenticated}. The CertificateRequest names
 * no CA, so that a client offers its card's certificate whichever CA issued it. Stateless.
 */
final class ServerTls {

    private ServerTls() {}

    /**
     * Builds the context.
     *
     * @param server the server's certificate and key
     * @param random the handshakes' randomness
     * @return the context
     * @throws IllegalStateException if the JDK cannot build it
     */
    static SSLContext of(TestCredential server, SecureRandom random) {
        char[] password = new char[16];
        for (int i = 0; i < password.length; i++) {
            password[i] = (char) ('a' + random.nextInt(26));
        }
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance("PKIX");
            keys.init(server.toPkcs12("server", password), password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), new TrustManager[] {new ClientClaims()}, random);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build the sandbox's TLS context", e);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** Takes any non-empty client chain; never used for a server's chain. */
    private static final class ClientClaims extends X509ExtendedTrustManager {

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            if (chain == null || chain.length == 0) {
                throw new CertificateException("no client certificate");
            }
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            checkClientTrusted(chain, authType);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            checkClientTrusted(chain, authType);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("the sandbox's server never checks a server");
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            checkServerTrusted(chain, authType);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            checkServerTrusted(chain, authType);
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
