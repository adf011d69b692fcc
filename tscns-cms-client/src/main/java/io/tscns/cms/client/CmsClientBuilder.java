package io.tscns.cms.client;

import io.tscns.cms.client.internal.JdkHttpTransport;
import io.tscns.cms.protocol.CmsJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;

/**
 * Builds a {@link CmsClient}. Required: {@link #baseUri} and {@link #credentials}. Defaults: the JDK's trust
 * anchors, connect timeout 5 s, request timeout 30 s, {@link RetryPolicy#DEFAULT}, random UUID request ids, the
 * system UTC clock, responses up to {@link CmsJson#MAX_DOCUMENT_BYTES} bytes, the {@code java.net.http} transport.
 * Not thread-safe; the client it builds is.
 *
 * @since 0.1.0
 */
public final class CmsClientBuilder {

    URI baseUri;
    OperatorCredentials credentials;
    CmsTransport transport;
    Duration requestTimeout = Duration.ofSeconds(30);
    RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
    Supplier<String> requestIds = () -> UUID.randomUUID().toString();
    Clock clock = Clock.systemUTC();
    CmsClient.Sleeper sleeper = d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
    RandomGenerator random = new SecureRandom();
    private Duration connectTimeout = Duration.ofSeconds(5);
    private List<X509Certificate> trustAnchors = List.of();
    private int maxResponseBytes = CmsJson.MAX_DOCUMENT_BYTES;
    private UnaryOperator<CmsTransport> decorator = UnaryOperator.identity();

    CmsClientBuilder() {}

    /**
     * Sets the server root, e.g. {@code https://cms.example.it:8443}; the client adds {@code /cms/v1} unless the
     * URI already ends with it (as the sandbox's {@code baseUri()} does).
     *
     * @param uri the root URI
     * @return this builder
     */
    public CmsClientBuilder baseUri(URI uri) {
        this.baseUri = Objects.requireNonNull(uri, "uri");
        return this;
    }

    /**
     * Sets the operator's personal credentials.
     *
     * @param credentials mutual TLS or personal token
     * @return this builder
     */
    public CmsClientBuilder credentials(OperatorCredentials credentials) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        return this;
    }

    /**
     * Trusts only these certificates as anchors for the server's chain (instead of the JDK's).
     *
     * @param anchors the CA certificates
     * @return this builder
     */
    public CmsClientBuilder trustAnchors(Collection<X509Certificate> anchors) {
        this.trustAnchors = List.copyOf(anchors);
        return this;
    }

    /**
     * Sets the connect timeout of the default transport (default 5 s). It covers the TLS handshake too, in which a
     * card asks for its PIN ({@link OperatorCredentials#card}): give a card login the time to type it.
     *
     * @param timeout the timeout
     * @return this builder
     */
    public CmsClientBuilder connectTimeout(Duration timeout) {
        this.connectTimeout = positive(timeout);
        return this;
    }

    /**
     * Sets the time allowed for each attempt of a call, from sending to the complete response.
     *
     * @param timeout the timeout
     * @return this builder
     */
    public CmsClientBuilder requestTimeout(Duration timeout) {
        this.requestTimeout = positive(timeout);
        return this;
    }

    /**
     * Sets the retry policy.
     *
     * @param policy the policy; {@link RetryPolicy#NONE} disables retries
     * @return this builder
     */
    public CmsClientBuilder retryPolicy(RetryPolicy policy) {
        this.retryPolicy = Objects.requireNonNull(policy, "policy");
        return this;
    }

    /**
     * Sets how request ids are generated when a call gives none.
     *
     * @param generator the generator
     * @return this builder
     */
    public CmsClientBuilder requestIds(Supplier<String> generator) {
        this.requestIds = Objects.requireNonNull(generator, "generator");
        return this;
    }

    /**
     * Sets the clock that decides when a session has expired.
     *
     * @param clock the clock
     * @return this builder
     */
    public CmsClientBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /**
     * Sets how the client waits between attempts (tests record the delays instead of sleeping).
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    public CmsClientBuilder sleeper(CmsClient.Sleeper sleeper) {
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        return this;
    }

    /**
     * Sets the source of retry jitter.
     *
     * @param random the generator
     * @return this builder
     */
    public CmsClientBuilder random(RandomGenerator random) {
        this.random = Objects.requireNonNull(random, "random");
        return this;
    }

    /**
     * Sets the largest response body the default transport reads.
     *
     * @param bytes the limit
     * @return this builder
     */
    public CmsClientBuilder maxResponseBytes(int bytes) {
        if (bytes < 1024) {
            throw new IllegalArgumentException("maxResponseBytes must be at least 1024");
        }
        this.maxResponseBytes = bytes;
        return this;
    }

    /**
     * Replaces the default transport: an adapter for another CMS, or a fake in tests. TLS material, connect timeout
     * and response limit are then the transport's business.
     *
     * @param transport the transport
     * @return this builder
     */
    public CmsClientBuilder transport(CmsTransport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        return this;
    }

    /**
     * Wraps the transport, e.g. with {@link LoggingTransport}{@code ::new}.
     *
     * @param decorator the wrapper
     * @return this builder
     */
    public CmsClientBuilder decorateTransport(UnaryOperator<CmsTransport> decorator) {
        this.decorator = Objects.requireNonNull(decorator, "decorator");
        return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws IllegalStateException        if the base URI or the credentials are missing
     * @throws InvalidCredentialsException if the TLS context cannot be built
     */
    public CmsClient build() {
        if (baseUri == null || credentials == null) {
            throw new IllegalStateException("a CmsClient needs a base URI and operator credentials");
        }
        CmsTransport base = transport != null ? transport : new JdkHttpTransport(http(), maxResponseBytes);
        return new CmsClient(this, Objects.requireNonNull(decorator.apply(base), "decorated transport"));
    }

    private HttpClient http() {
        SSLContext tls = sslContext();
        HttpClient.Builder http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout)
                .sslContext(tls);
        if (credentials instanceof OperatorCredentials.MutualTls mutual
                && !mutual.tlsProtocols().isEmpty()) {
            // The context's defaults (cipher suites, named groups), with only the versions the key can serve.
            SSLParameters parameters = tls.getDefaultSSLParameters();
            parameters.setProtocols(mutual.tlsProtocols().toArray(String[]::new));
            http.sslParameters(parameters);
        }
        return http.build();
    }

    private SSLContext sslContext() {
        try {
            KeyManager[] keys = credentials instanceof OperatorCredentials.MutualTls tls ? tls.keyManagers() : null;
            TrustManagerFactory trust = null;
            if (!trustAnchors.isEmpty()) {
                KeyStore anchors = KeyStore.getInstance("PKCS12");
                anchors.load(null, null);
                for (int i = 0; i < trustAnchors.size(); i++) {
                    anchors.setCertificateEntry("anchor-" + i, trustAnchors.get(i));
                }
                trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                trust.init(anchors);
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys, trust == null ? null : trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new InvalidCredentialsException(
                    "cannot build the TLS context: " + e.getClass().getSimpleName());
        }
    }

    private static Duration positive(Duration d) {
        if (Objects.requireNonNull(d, "timeout").isNegative() || d.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        return d;
    }
}
