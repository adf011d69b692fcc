package io.tscns.cms.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLContext;
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
        try (SimulatedCms cms = SimulatedCms.builder()
                .withDefaultPopulation()
                .mount(new SandboxMount("/hello/", HELLO))
                .start()) {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(cms.trustStore());
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, trust.getTrustManagers(), null);
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
}
