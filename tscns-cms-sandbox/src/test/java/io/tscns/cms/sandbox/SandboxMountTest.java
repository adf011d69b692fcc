package io.tscns.cms.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.Test;

/** An application mounted beside the protocol: served under its prefix only, the protocol's paths untouched. */
class SandboxMountTest {

    private static final Handler HELLO = new Handler.Abstract() {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            response.setStatus(200);
            response.write(
                    true,
                    ByteBuffer.wrap(("mounted " + request.getHttpURI().getPath()).getBytes(StandardCharsets.UTF_8)),
                    callback);
            return true;
        }
    };

    /** Refuses every request at once, without reading its body. */
    private static final Handler REFUSING = new Handler.Abstract() {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            response.setStatus(403);
            response.write(true, ByteBuffer.wrap("refused".getBytes(StandardCharsets.US_ASCII)), callback);
            return true;
        }
    };

    @Test
    void aPrefixIsSegmentsEndingWithASlashOutsideTheProtocol() {
        for (String bad :
                new String[] {"console", "/console", "/", "/cms/", "/cms/v1/x/", "/Console/", "/a//", "/../"}) {
            assertThrows(IllegalArgumentException.class, () -> new SandboxMount(bad, HELLO), bad);
        }
        SandboxMount mount = new SandboxMount("/console/", HELLO);
        assertTrue(mount.serves("/console/") && mount.serves("/console") && mount.serves("/console/x.js"));
        assertFalse(mount.serves("/consoles") || mount.serves("/cms/v1/console/"));
        assertThrows(
                IllegalArgumentException.class,
                () -> SimulatedCms.builder().mount(mount).mount(new SandboxMount("/console/", HELLO)));
    }

    @Test
    void theMountAnswersItsPathsAndTheProtocolItsOwn() throws Exception {
        try (SimulatedCms cms = started(new SandboxMount("/hello/", HELLO))) {
            SSLContext tls = trusting(cms);
            HttpClient http = HttpClient.newBuilder().sslContext(tls).build();
            HttpResponse<String> mounted = http.send(
                    HttpRequest.newBuilder(cms.baseUri().resolve("/hello/x")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, mounted.statusCode());
            assertEquals("mounted /hello/x", mounted.body());
            HttpResponse<String> protocol = http.send(
                    HttpRequest.newBuilder(cms.baseUri().resolve("operators/me"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(401, protocol.statusCode());
            assertTrue(protocol.body().contains("\"code\":\"unauthenticated\""), protocol.body());
            HttpResponse<String> elsewhere = http.send(
                    HttpRequest.newBuilder(URI.create("https://localhost:" + cms.port() + "/helloworld"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, elsewhere.statusCode(), "not the mount's: the protocol's 404");
            assertTrue(elsewhere.body().contains("\"code\":"), elsewhere.body());
        }
    }

    @Test
    void aMountsRefusalGivenBeforeTheBodyIsReadReachesAClientStillSendingIt() throws Exception {
        // The client sends its headers and the start of its body, and the rest after the mount has answered. Were
        // the connection closed with the client's bytes unread, the kernel would reset it and the reset would throw
        // the answer away: the sandbox reads and drops the rest first, as it does for the protocol (RFC 9112 §9.6).
        try (SimulatedCms cms = started(new SandboxMount("/refusing/", REFUSING))) {
            SSLContext tls = trusting(cms);
            byte[] body = "x".repeat(40_000).getBytes(StandardCharsets.US_ASCII);
            String head = "POST /refusing/x HTTP/1.1\r\nHost: localhost:" + cms.port()
                    + "\r\nContent-Type: text/plain\r\nContent-Length: " + body.length + "\r\n\r\n";
            try (SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket("localhost", cms.port())) {
                socket.setSoTimeout(60_000);
                socket.startHandshake();
                OutputStream out = socket.getOutputStream();
                out.write(head.getBytes(StandardCharsets.US_ASCII));
                out.write(body, 0, 1_000);
                out.flush();
                Thread.sleep(1_000);
                out.write(body, 1_000, body.length - 1_000);
                out.flush();
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
                assertTrue(answer.startsWith("HTTP/1.1 403"), answer);
                assertTrue(answer.toLowerCase(Locale.ROOT).contains("connection: close"), answer);
                assertTrue(answer.endsWith("refused"), answer);
            }
        }
    }

    /** A sandbox with the default population and one mount. */
    private static SimulatedCms started(SandboxMount mount) {
        return SimulatedCms.builder().withDefaultPopulation().mount(mount).start();
    }

    /** A TLS context that trusts the sandbox's own certificate. */
    private static SSLContext trusting(SimulatedCms cms) throws Exception {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(cms.trustStore());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        return tls;
    }
}
