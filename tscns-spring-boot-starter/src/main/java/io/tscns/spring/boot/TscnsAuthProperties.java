package io.tscns.spring.boot;

import io.tscns.auth.proxy.CertificateHeaderFormat;
import io.tscns.auth.revocation.FailMode;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * The {@code tscns.auth.*} settings of CNS login (<i>impostazioni dell'accesso con CNS</i>). Exactly one kind of
 * trust is configured: a directory of CA certificates, a key store, or a trusted list (AgID's TSL, optionally found
 * through the EU list of trusted lists). Settings that may be absent are {@code null} when absent, as Spring Boot's
 * binder leaves them.
 *
 * @param trust      what is trusted
 * @param revocation how revocation is checked and kept fresh
 * @param proxy      the trusted reverse proxy's certificate header, if the application runs behind one
 * @param challenge  challenge-response login with the card
 * @param filter     the plain Jakarta filter, for applications without Spring Security
 * @since 0.1.0
 */
@ConfigurationProperties("tscns.auth")
public record TscnsAuthProperties(
        @DefaultValue Trust trust,
        @DefaultValue Revocation revocation,
        @DefaultValue Proxy proxy,
        @DefaultValue Challenge challenge,
        @DefaultValue Filter filter) {

    /**
     * What is trusted.
     *
     * @param directory          a directory of CA certificates (PEM or DER)
     * @param keyStore           a key store of CA certificates
     * @param keyStorePassword   its password, if it has one
     * @param keyStoreType       its type, {@code PKCS12} by default
     * @param trustedList        AgID's trusted list URL or a {@code file:} URI
     * @param trustedListSigners the list's signer certificates (PEM resources): the pinned fallback with a LOTL
     * @param lotl               the EU list of trusted lists URL, to follow the list's signer
     * @param lotlSigners        the LOTL signers the Official Journal published (PEM resources)
     * @param territory          the list's territory in the LOTL
     * @param trustedListGrace   how long after its NextUpdate a list is still accepted
     */
    public record Trust(
            @Nullable Path directory,
            @Nullable Resource keyStore,
            @Nullable String keyStorePassword,
            @DefaultValue("PKCS12") String keyStoreType,
            @Nullable URI trustedList,
            @DefaultValue List<Resource> trustedListSigners,
            @Nullable URI lotl,
            @DefaultValue List<Resource> lotlSigners,
            @DefaultValue("IT") String territory,
            @DefaultValue("1d") Duration trustedListGrace) {

        /** Names every setting but the key store's password, which only says whether one is set. */
        @Override
        public String toString() {
            return "Trust[directory=" + directory + ", keyStore=" + keyStore + ", keyStorePassword="
                    + (keyStorePassword == null ? "none" : "(set)") + ", keyStoreType=" + keyStoreType
                    + ", trustedList=" + trustedList + ", trustedListSigners=" + trustedListSigners + ", lotl=" + lotl
                    + ", lotlSigners=" + lotlSigners + ", territory=" + territory + ", trustedListGrace="
                    + trustedListGrace + "]";
        }
    }

    /**
     * How revocation is checked.
     *
     * @param enabled             whether revocation is checked at all
     * @param crls                CRL URLs fetched at start and refreshed in the background
     * @param learnCrlLocations   whether a certificate's distribution points are followed for a CA not listed
     * @param ocspFallback        whether OCSP is asked when no CRL answers
     * @param failMode            what a login does when the status is unknown
     * @param refreshInterval     the longest time between two refreshes of a source
     * @param retryInterval       the wait after a failed attempt
     * @param downloadTimeout     the longest a whole download may take
     * @param grace               how long after nextUpdate revocation data is still used
     * @param maxAge              when data without nextUpdate expires
     */
    public record Revocation(
            @DefaultValue("true") boolean enabled,
            @DefaultValue List<URI> crls,
            @DefaultValue("true") boolean learnCrlLocations,
            @DefaultValue("false") boolean ocspFallback,
            @DefaultValue("HARD") FailMode failMode,
            @DefaultValue("1h") Duration refreshInterval,
            @DefaultValue("1m") Duration retryInterval,
            @DefaultValue("30s") Duration downloadTimeout,
            @DefaultValue("0s") Duration grace,
            @DefaultValue("1h") Duration maxAge) {}

    /**
     * The trusted reverse proxy: its certificate header is believed only from these addresses.
     *
     * @param header  the header's name, e.g. {@code X-SSL-Client-Cert}
     * @param format  how the proxy writes the certificate
     * @param trusted the proxies' address ranges, e.g. {@code 127.0.0.1/32} or {@code 10.0.0.0/8}; none: no proxy
     */
    public record Proxy(
            @DefaultValue("X-SSL-Client-Cert") String header,
            @DefaultValue("PEM") CertificateHeaderFormat format,
            @DefaultValue List<String> trusted) {}

    /**
     * Challenge-response login with the card.
     *
     * @param audience the service's name bound into every challenge; empty: no challenge verifier
     * @param lifetime how long a challenge may be answered
     * @param store    where challenges are kept
     * @param table    the JDBC store's table
     * @param capacity the most outstanding challenges
     */
    public record Challenge(
            @Nullable String audience,
            @DefaultValue("2m") Duration lifetime,
            @DefaultValue("memory") Store store,
            @DefaultValue("tscns_challenge") String table,
            @DefaultValue("100000") int capacity) {

        /** Where challenges are kept (written {@code memory} or {@code jdbc} in the properties). */
        public enum Store {
            /** In this node's memory: one node only. */
            MEMORY,
            /** In a table of the application's {@code DataSource}, shared by every node. */
            JDBC
        }
    }

    /**
     * The plain Jakarta filter, registered only when Spring Security is absent and this is enabled.
     *
     * @param enabled     whether to register it
     * @param required    whether a request without any certificate is refused
     * @param urlPatterns the URL patterns it covers
     */
    public record Filter(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("true") boolean required,
            @DefaultValue("/*") List<String> urlPatterns) {}
}
