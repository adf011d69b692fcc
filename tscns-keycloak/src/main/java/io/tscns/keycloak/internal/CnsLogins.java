package io.tscns.keycloak.internal;

import io.tscns.auth.cert.Certificates;
import io.tscns.auth.login.CnsLogin;
import io.tscns.auth.validation.CertificateValidator;
import io.tscns.keycloak.internal.SettingsProblem.InvalidValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One {@link CnsLogin} per distinct configuration, shared by every request and every realm that uses it: its trust
 * and CRLs are loaded once and kept fresh by its background thread, not per login. A changed configuration gets a
 * new login at its next use; {@link #close()} (the factory's close, at server stop) stops every background thread.
 *
 * <p>Thread-safe.
 */
public final class CnsLogins implements AutoCloseable {

    /** The largest trusted-list signer file read. */
    private static final int MAX_SIGNERS_BYTES = 1 << 20;

    private final Map<Settings, CertificateValidator> logins = new ConcurrentHashMap<>();
    private final Function<Settings, ? extends CertificateValidator> builder;

    /** Creates the cache, building logins from settings with {@link #build(Settings)}. */
    public CnsLogins() {
        this(CnsLogins::build);
    }

    /**
     * Creates the cache with another builder (tests). A validator that is {@link AutoCloseable} is closed with the
     * cache.
     *
     * @param builder builds the validator of one configuration
     */
    public CnsLogins(Function<Settings, ? extends CertificateValidator> builder) {
        this.builder = builder;
    }

    /**
     * Returns the login for a configuration, building it (trust loaded, CRLs fetched) on first use.
     *
     * @param settings the configuration
     * @return the shared login
     * @throws io.tscns.core.TscnsException if the trust cannot be loaded
     */
    public CertificateValidator get(Settings settings) {
        return logins.computeIfAbsent(settings, builder);
    }

    /** Stops the background refresh of every login. */
    @Override
    public void close() {
        logins.values().forEach(CnsLogins::close);
        logins.clear();
    }

    private static void close(CertificateValidator validator) {
        if (validator instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException("a validator could not be closed", e);
            }
        }
    }

    /**
     * Builds the login one configuration describes.
     *
     * @param settings the configuration
     * @return the login, its background refresh started
     */
    public static CnsLogin build(Settings settings) {
        CnsLogin.Builder builder = CnsLogin.builder()
                .failMode(settings.failMode())
                .ocspFallback(settings.ocspFallback())
                .refreshInterval(settings.refreshInterval());
        settings.trustDirectory().ifPresent(builder::trustDirectory);
        settings.trustedList()
                .ifPresent(list -> builder.trustedList(
                        list, signers(settings.trustedListSigners().orElseThrow())));
        settings.crls().forEach(builder::crl);
        return builder.build();
    }

    private static Set<X509Certificate> signers(Path file) {
        try {
            if (Files.size(file) > MAX_SIGNERS_BYTES) {
                throw new InvalidSettingsException(List.of(new InvalidValue(
                        Settings.TRUSTED_LIST_SIGNERS, "a PEM file of at most " + MAX_SIGNERS_BYTES + " bytes")));
            }
            return new HashSet<>(Certificates.parsePemBundle(Files.readString(file, StandardCharsets.US_ASCII)));
        } catch (IOException e) {
            throw new InvalidSettingsException(
                    List.of(new InvalidValue(Settings.TRUSTED_LIST_SIGNERS, "a readable PEM file")));
        }
    }
}
