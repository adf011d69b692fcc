package io.tscns.cms.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.cms.protocol.CmsJson;
import io.tscns.cms.protocol.EmissionKind;
import io.tscns.cms.protocol.EmissionRequest;
import io.tscns.cms.protocol.PersonCards;
import io.tscns.cms.protocol.PersonData;
import io.tscns.core.audit.AuditVerification;
import io.tscns.core.lifecycle.CardState;
import io.tscns.core.person.BirthPlaceCode;
import io.tscns.core.person.CodiceFiscale;
import io.tscns.core.person.CodiceFiscaleCalculator;
import io.tscns.core.person.Sex;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash test of issue 5: the sandbox runs in a child JVM under concurrent load, is killed with SIGKILL
 * ({@link Process#destroyForcibly()}), and restarted on the same data directory: every operation it acknowledged is
 * there and the audit chain verifies. The load is emission requests, each creating a person and a pending card, so
 * every acknowledgement names something to look for afterwards.
 */
class SandboxCrashTest {

    private static final int THREADS = 16;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 300;

    @Test
    void everyAcknowledgedOperationSurvivesASigkill(@TempDir Path data) throws Exception {
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        SandboxChild.class.getName(),
                        data.toString())
                .redirectErrorStream(true)
                .start();
        ConcurrentLinkedQueue<CodiceFiscale> acknowledged = new ConcurrentLinkedQueue<>();
        try {
            URI base = awaitStart(child.getInputStream());
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .sslContext(operatorTls(data, "asl-1"))
                    .build();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger next = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            for (int t = 0; t < THREADS; t++) {
                pool.submit(() -> {
                    while (!stop.get()) {
                        PersonData person = person(next.getAndIncrement());
                        try {
                            HttpResponse<String> response = http.send(
                                    HttpRequest.newBuilder(base.resolve("emission-requests"))
                                            .header("Content-Type", "application/json")
                                            .header(
                                                    "Idempotency-Key",
                                                    UUID.randomUUID().toString())
                                            .POST(HttpRequest.BodyPublishers.ofByteArray(
                                                    CmsJson.encode(new EmissionRequest(EmissionKind.NEWBORN, person))))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
                            if (response.statusCode() == 201) {
                                acknowledged.add(person.codiceFiscale());
                            }
                        } catch (java.io.IOException e) {
                            // A slow machine may drop or time out a connection before the kill too: only the
                            // kill ends the load, so keep going until told to stop.
                            Thread.sleep(50);
                        }
                    }
                    return null;
                });
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child died");
            stop.set(true);
            pool.shutdown();
            assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS));
        } finally {
            child.destroyForcibly();
        }
        assertTrue(acknowledged.size() >= ACKNOWLEDGED_BEFORE_KILL, "load ran: " + acknowledged.size());

        try (SimulatedCms cms = SimulatedCms.builder()
                .dataDirectory(data)
                .withDefaultPopulation()
                .start()) {
            SandboxClient asl = new SandboxClient(cms, "asl-1");
            List<CodiceFiscale> lost = new ArrayList<>();
            for (CodiceFiscale cf : acknowledged) {
                HttpResponse<String> cards = asl.get("persons/" + cf.value() + "/cards");
                if (cards.statusCode() != 200
                        || SandboxClient.read(cards, PersonCards.class).cards().stream()
                                .noneMatch(card -> card.state() == CardState.ISSUED)) {
                    lost.add(cf);
                }
            }
            assertEquals(List.of(), lost, "acknowledged emissions lost by the kill");
            assertInstanceOf(AuditVerification.Intact.class, cms.verifyAudit());
        }
    }

    private static PersonData person(int n) {
        LocalDate born = LocalDate.of(1950, 1, 1).plusDays(n);
        CodiceFiscale cf = CodiceFiscaleCalculator.compute("CRASH", "TEST", Sex.MALE, born, new BirthPlaceCode("D612"));
        return new PersonData("CRASH", "TEST", born, Sex.MALE, "D612", cf);
    }

    private static URI awaitStart(InputStream out) throws Exception {
        BufferedReader lines = new BufferedReader(new InputStreamReader(out, StandardCharsets.UTF_8));
        URI base = null;
        String line;
        while ((line = lines.readLine()) != null) {
            if (line.startsWith("sandbox CMS: ")) {
                base = URI.create(line.substring("sandbox CMS: ".length()).split(" ")[0]);
            }
            if (line.equals("ready")) {
                Thread drain = new Thread(() -> {
                    try {
                        while (lines.readLine() != null) {
                            // keep the pipe from filling
                        }
                    } catch (java.io.IOException e) {
                        // the child is gone
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return Optional.ofNullable(base).orElseThrow(() -> new AssertionError("no base URI printed"));
            }
        }
        throw new AssertionError("the child sandbox did not start");
    }

    private static SSLContext operatorTls(Path data, String operatorId) throws Exception {
        char[] password = SandboxCmsServer.KEYSTORE_PASSWORD.toCharArray();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(data.resolve("operators").resolve(operatorId + ".p12"))) {
            keys.load(in, password);
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, password);
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        try (InputStream in = Files.newInputStream(data.resolve("ca.pem"))) {
            trust.setCertificateEntry(
                    "ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        return context;
    }
}
