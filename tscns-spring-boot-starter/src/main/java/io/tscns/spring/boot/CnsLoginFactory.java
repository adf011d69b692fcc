package io.tscns.spring.boot;

import io.tscns.auth.cert.Certificates;
import io.tscns.auth.login.CnsLogin;
import io.tscns.auth.login.LoginListener;
import io.tscns.auth.revocation.FreshnessPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.Resource;

/** Builds the {@link CnsLogin} the properties describe. */
final class CnsLoginFactory {

    private CnsLoginFactory() {}

    static CnsLogin create(TscnsAuthProperties properties, Optional<LoginListener> listener, Clock clock) {
        TscnsAuthProperties.Trust trust = properties.trust();
        TscnsAuthProperties.Revocation revocation = properties.revocation();
        CnsLogin.Builder builder = CnsLogin.builder()
                .clock(clock)
                .failMode(revocation.failMode())
                .checkRevocation(revocation.enabled())
                .learnCrlLocations(revocation.learnCrlLocations())
                .ocspFallback(revocation.ocspFallback())
                .refreshInterval(revocation.refreshInterval())
                .retryInterval(revocation.retryInterval())
                .downloadTimeout(revocation.downloadTimeout())
                .freshness(new FreshnessPolicy(
                        revocation.maxAge(), revocation.grace(), FreshnessPolicy.DEFAULT.clockSkew()))
                .territory(trust.territory())
                .trustedListGrace(trust.trustedListGrace());
        if (trust.directory() != null) {
            builder.trustDirectory(trust.directory());
        }
        if (trust.keyStore() != null) {
            builder.trustStore(keyStore(trust.keyStore(), trust));
        }
        if (trust.trustedList() != null) {
            builder.trustedList(
                    trust.trustedList(),
                    certificates(trust.trustedListSigners(), "tscns.auth.trust.trusted-list-signers"));
        }
        if (trust.lotl() != null) {
            builder.listOfTrustedLists(
                    trust.lotl(), certificates(trust.lotlSigners(), "tscns.auth.trust.lotl-signers"));
        }
        for (URI crl : revocation.crls()) {
            builder.crl(crl);
        }
        listener.ifPresent(builder::listener);
        return builder.build();
    }

    private static KeyStore keyStore(Resource resource, TscnsAuthProperties.Trust trust) {
        try (InputStream in = resource.getInputStream()) {
            KeyStore store = KeyStore.getInstance(trust.keyStoreType());
            store.load(
                    in,
                    trust.keyStorePassword() == null
                            ? null
                            : trust.keyStorePassword().toCharArray());
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(
                    "cannot read tscns.auth.trust.key-store " + resource.getDescription() + ": "
                            + e.getClass().getSimpleName(),
                    e);
        }
    }

    private static Set<X509Certificate> certificates(List<Resource> resources, String property) {
        if (resources.isEmpty()) {
            throw new IllegalStateException(property + " must name at least one PEM certificate");
        }
        Set<X509Certificate> certificates = new HashSet<>();
        for (Resource resource : resources) {
            try (InputStream in = resource.getInputStream()) {
                certificates.addAll(Certificates.parsePemBundle(
                        new String(in.readNBytes(1 << 20), java.nio.charset.StandardCharsets.US_ASCII)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + property + " " + resource.getDescription(), e);
            }
        }
        return certificates;
    }
}
