package io.tscns.example;

import io.tscns.core.person.CodiceFiscale;
import io.tscns.testpki.CnsSubject;
import io.tscns.testpki.TestCa;
import io.tscns.testpki.TestCredential;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts instances of the example application for the interop tests, and talks to them. */
final class ExampleApps {

    /** The citizen of the tests' cards. */
    static final CnsSubject HOLDER = CnsSubject.of(
            CodiceFiscale.parse("RSSMRA80A01H501U"),
            "6090123456789000",
            "MARIO",
            "ROSSI",
            "REGIONE TOSCANA",
            "EF.Dati_personali".getBytes(StandardCharsets.US_ASCII));

    /** The header nginx sets. */
    static final String HEADER = "X-SSL-Client-Cert";

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private ExampleApps() {}

    /** A running instance. */
    record App(ConfigurableApplicationContext context, int port) implements AutoCloseable {
        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }

        @Override
        public void close() {
            context.close();
        }
    }

    /**
     * Starts an instance on a free loopback port, trusting the CAs in a directory, with the given properties on top
     * of the defaults a test needs (no database unless a test gives one).
     */
    static App start(Path trustDirectory, Map<String, String> properties) {
        Map<String, String> all = new HashMap<>();
        all.put("server.port", "0");
        all.put("server.address", "127.0.0.1");
        all.put("tscns.auth.trust.directory", trustDirectory.toString());
        all.put("tscns.auth.challenge.store", "memory");
        all.put("spring.main.banner-mode", "off");
        all.put("logging.level.root", "WARN");
        if (!properties.containsKey("spring.datasource.url")) {
            all.put(
                    "spring.autoconfigure.exclude",
                    "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration");
        }
        all.putAll(properties);
        // As command-line arguments: they override the application's own application.properties.
        ConfigurableApplicationContext context = new SpringApplicationBuilder(CnsLoginExampleApplication.class)
                .run(all.entrySet().stream()
                        .map(e -> "--" + e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new));
        return new App(context, Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
    }

    /** Closes every resource that was started, in order, whatever the others do. */
    static void closeAll(AutoCloseable... resources) {
        for (AutoCloseable resource : resources) {
            try {
                if (resource != null) {
                    resource.close();
                }
            } catch (Exception e) {
                // Closing the others matters more.
            }
        }
    }

    /** Writes the CA certificates a relying party trusts into a new directory. */
    static Path trustDirectory(Path parent, TestCa... cas) throws IOException {
        Path directory = Files.createDirectories(parent.resolve("trusted-cas"));
        for (TestCa ca : cas) {
            Files.writeString(directory.resolve(ca.spec().subject().hashCode() + ".pem"), pem(ca.certificate()));
        }
        return directory;
    }

    static String pem(X509Certificate certificate) {
        try {
            return pem("CERTIFICATE", certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new AssertionError(e);
        }
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    /** Writes a card's certificate and key as curl takes them; returns {certificate, key}. */
    static Path[] credentialFiles(Path directory, String name, TestCredential card) throws IOException {
        Path certificate = directory.resolve(name + ".pem");
        Path key = directory.resolve(name + ".key");
        Files.writeString(certificate, pem(card.certificate()));
        Files.writeString(key, pem("PRIVATE KEY", card.privateKey().getEncoded()));
        return new Path[] {certificate, key};
    }

    /** GET with the certificate in the proxy header, as nginx would forward it. */
    static HttpResponse<String> getAsProxy(App app, String path, Optional<X509Certificate> certificate)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(app.uri(path)).timeout(Duration.ofSeconds(30));
        certificate.ifPresent(c -> request.header(
                HEADER, URLEncoder.encode(pem(c), StandardCharsets.UTF_8).replace("+", "%20")));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** POST of a JSON body. */
    static HttpResponse<String> postJson(App app, String path, String json) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(app.uri(path))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The first string value of a JSON member: enough for the flat documents these tests read. */
    static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([^\"]*)\"")
                .matcher(json);
        if (!matcher.find()) {
            throw new AssertionError("no " + name + " in " + json);
        }
        return matcher.group(1);
    }
}
