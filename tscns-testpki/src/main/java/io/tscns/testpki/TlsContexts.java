package io.tscns.testpki;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;

/**
 * JDK TLS contexts built from test credentials (<i>contesti TLS di prova</i>), so tests run real mutual TLS: the
 * sandbox CMS and the end-to-end CNS login test use {@link #server} with {@link #requiringClientAuth}, and their
 * clients {@link #client} with an operator or card credential. Protocols TLS 1.3 and 1.2; trust is exactly the
 * anchors given (PKIX, revocation not checked by the TLS layer).
 *
 * <p>The key stores behind the contexts are in memory and protected by a random password that is wiped once the
 * key manager holds the key.
 *
 * @since 0.1.0
 */
public final class TlsContexts {

    private static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};
    private static final SecureRandom RANDOM = new SecureRandom();

    private TlsContexts() {}

    /**
     * Returns a server context presenting a server credential and trusting the given client issuers. Whether
     * client authentication is required is a property of the connection: use {@link #requiringClientAuth} for
     * a JDK {@code HttpsServer}, or {@link #clientAuthRequired(SSLContext)} for an engine or socket.
     *
     * @param server               the server's key and chain
     * @param trustedClientIssuers the anchors client certificates must chain to
     * @return the context
     * @throws TestPkiException with {@link TestPkiException.Reason#CRYPTO_FAILURE} if the JDK cannot build it
     */
    public static SSLContext server(TestCredential server, Collection<X509Certificate> trustedClientIssuers) {
        return context(Optional.of(Objects.requireNonNull(server, "server")), trustedClientIssuers);
    }

    /**
     * Returns a client context presenting a client credential (an operator's or a card's) and trusting the given
     * server issuers.
     *
     * @param client               the client's key and chain
     * @param trustedServerIssuers the anchors the server certificate must chain to
     * @return the context
     * @throws TestPkiException with {@link TestPkiException.Reason#CRYPTO_FAILURE} if the JDK cannot build it
     */
    public static SSLContext client(TestCredential client, Collection<X509Certificate> trustedServerIssuers) {
        return context(Optional.of(Objects.requireNonNull(client, "client")), trustedServerIssuers);
    }

    /**
     * Returns a client context with no client certificate.
     *
     * @param trustedServerIssuers the anchors the server certificate must chain to
     * @return the context
     */
    public static SSLContext anonymousClient(Collection<X509Certificate> trustedServerIssuers) {
        return context(Optional.empty(), trustedServerIssuers);
    }

    /**
     * Returns the parameters of a server that requires a client certificate.
     *
     * @param context the server context
     * @return its default parameters with {@code needClientAuth} set and the protocols restricted to TLS 1.3/1.2
     */
    public static SSLParameters clientAuthRequired(SSLContext context) {
        SSLParameters parameters = context.getDefaultSSLParameters();
        parameters.setProtocols(PROTOCOLS.clone());
        parameters.setNeedClientAuth(true);
        return parameters;
    }

    /**
     * Returns a configurator for a JDK {@code HttpsServer} that uses the context and requires a client
     * certificate on every connection.
     *
     * @param context the server context
     * @return the configurator
     */
    public static HttpsConfigurator requiringClientAuth(SSLContext context) {
        return new HttpsConfigurator(context) {
            @Override
            public void configure(HttpsParameters parameters) {
                parameters.setSSLParameters(clientAuthRequired(getSSLContext()));
            }
        };
    }

    /**
     * Returns an in-memory trust store holding the given certificates as trusted entries.
     *
     * @param anchors the certificates to trust
     * @return the key store
     * @throws TestPkiException with {@link TestPkiException.Reason#CRYPTO_FAILURE} if the JDK cannot build it
     */
    public static KeyStore trustStore(Collection<X509Certificate> anchors) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            int index = 0;
            for (X509Certificate anchor : anchors) {
                store.setCertificateEntry("anchor-" + index++, anchor);
            }
            return store;
        } catch (GeneralSecurityException | IOException e) {
            throw TestPkiException.crypto("building a trust store", e);
        }
    }

    private static SSLContext context(Optional<TestCredential> own, Collection<X509Certificate> anchors) {
        if (anchors.isEmpty()) {
            throw TestPkiException.invalid("a TLS context needs at least one trusted issuer");
        }
        char[] password = randomPassword();
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance("PKIX");
            trust.init(trustStore(anchors));
            KeyManagerFactory keys = null;
            if (own.isPresent()) {
                keys = KeyManagerFactory.getInstance("PKIX");
                keys.init(own.get().toPkcs12("credential", password), password);
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys == null ? null : keys.getKeyManagers(), trust.getTrustManagers(), RANDOM);
            return context;
        } catch (GeneralSecurityException e) {
            throw TestPkiException.crypto("building a TLS context", e);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static char[] randomPassword() {
        char[] password = new char[24];
        for (int i = 0; i < password.length; i++) {
            password[i] = (char) ('a' + RANDOM.nextInt(26));
        }
        return password;
    }
}
