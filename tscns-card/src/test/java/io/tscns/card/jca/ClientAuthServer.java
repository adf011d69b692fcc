package io.tscns.card.jca;

import io.tscns.testpki.TestPki;
import io.tscns.testpki.TlsContexts;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

/**
 * A JDK TLS server on loopback that requires a client certificate from the given issuer, answers one connection
 * and reports what it saw: the protocol and the client's certificate.
 */
final class ClientAuthServer implements AutoCloseable {

    /** What the server saw of one client. */
    record Seen(String protocol, X509Certificate client) {}

    private final SSLServerSocket socket;

    ClientAuthServer(TestPki pki, X509Certificate clientIssuer) throws IOException {
        SSLContext context = TlsContexts.server(pki.localhostServerCredential(), List.of(clientIssuer));
        socket = (SSLServerSocket)
                context.getServerSocketFactory().createServerSocket(0, 8, InetAddress.getLoopbackAddress());
        socket.setSSLParameters(TlsContexts.clientAuthRequired(context));
        socket.setSoTimeout(30_000);
    }

    static TrustManager[] trusting(TestPki pki) throws Exception {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(TlsContexts.trustStore(List.of(pki.root().certificate())));
        return factory.getTrustManagers();
    }

    /** Accepts one client in the background. */
    CompletableFuture<Seen> acceptOne() {
        return CompletableFuture.supplyAsync(() -> {
            try (SSLSocket client = (SSLSocket) socket.accept()) {
                client.startHandshake();
                X509Certificate certificate =
                        (X509Certificate) client.getSession().getPeerCertificates()[0];
                String protocol = client.getSession().getProtocol();
                client.getOutputStream().write("ok\n".getBytes(StandardCharsets.US_ASCII));
                client.getOutputStream().flush();
                return new Seen(protocol, certificate);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** Connects a client context, reads the answer and returns what the server saw. */
    Seen handshake(SSLContext client, String... protocols) throws Exception {
        CompletableFuture<Seen> seen = acceptOne();
        try (SSLSocket connection =
                (SSLSocket) client.getSocketFactory().createSocket("localhost", socket.getLocalPort())) {
            if (protocols.length > 0) {
                connection.setEnabledProtocols(protocols);
            }
            connection.setSoTimeout(30_000);
            connection.startHandshake();
            InputStream in = connection.getInputStream();
            if (in.read() != 'o') {
                throw new IOException("the server did not answer");
            }
        } catch (IOException e) {
            seen.cancel(true);
            throw e;
        }
        return seen.get(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
