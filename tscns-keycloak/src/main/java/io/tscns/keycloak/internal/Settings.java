package io.tscns.keycloak.internal;

import io.tscns.auth.revocation.FailMode;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The CNS authenticator's configuration, as an administrator sets it on the execution in the admin console
 * (<i>impostazioni dell'autenticatore CNS</i>). Parsed whole: every problem is reported at once.
 *
 * @param trustDirectory     a directory of CNS CA certificates (PEM or DER), or empty
 * @param trustedList        AgID's trusted list (URL or {@code file:} URI), or empty
 * @param trustedListSigners a PEM file with the certificates allowed to sign the trusted list
 * @param crls               CRLs fetched at start and refreshed in the background
 * @param failMode           what an unknown revocation status does
 * @param ocspFallback       whether OCSP is asked when no CRL answers
 * @param refreshInterval    the longest time between two refreshes of a CRL or the trusted list
 * @param accountMode        what happens to a citizen no user is linked to
 * @param linkAttribute      the user attribute holding the codice fiscale, or {@code username}
 */
public record Settings(
        Optional<Path> trustDirectory,
        Optional<URI> trustedList,
        Optional<Path> trustedListSigners,
        List<URI> crls,
        FailMode failMode,
        boolean ocspFallback,
        Duration refreshInterval,
        AccountMode accountMode,
        String linkAttribute) {

    /** The setting: directory of trusted CNS CA certificates. */
    public static final String TRUST_DIRECTORY = "cns.trust.directory";
    /** The setting: URL or file URI of the national trusted list. */
    public static final String TRUSTED_LIST = "cns.trust.trusted-list";
    /** The setting: PEM file of the trusted list's signers. */
    public static final String TRUSTED_LIST_SIGNERS = "cns.trust.trusted-list-signers";
    /** The setting: CRL URLs. */
    public static final String CRLS = "cns.revocation.crls";
    /** The setting: HARD or SOFT. */
    public static final String FAIL_MODE = "cns.revocation.fail-mode";
    /** The setting: true to ask OCSP when no CRL answers. */
    public static final String OCSP_FALLBACK = "cns.revocation.ocsp-fallback";
    /** The setting: minutes between refreshes. */
    public static final String REFRESH_MINUTES = "cns.revocation.refresh-minutes";
    /** The setting: CREATE, LINK_ONLY or REFUSE. */
    public static final String ACCOUNT_MODE = "cns.account.mode";
    /** The setting: the user attribute that links a user to a codice fiscale. */
    public static final String LINK_ATTRIBUTE = "cns.account.attribute";

    /** The link attribute's default. */
    public static final String DEFAULT_LINK_ATTRIBUTE = "codice_fiscale";
    /** The refresh interval's default, in minutes. */
    public static final int DEFAULT_REFRESH_MINUTES = 60;
    /** How Keycloak separates the values of a multivalued setting. */
    static final String VALUE_SEPARATOR = "##";

    /** Checks the components. */
    public Settings {
        crls = List.copyOf(crls);
    }

    /**
     * Parses the configuration of an execution.
     *
     * @param config the execution's configuration, as Keycloak stores it
     * @return the settings
     * @throws InvalidSettingsException with every problem found
     */
    public static Settings parse(Map<String, String> config) {
        List<SettingsProblem> problems = new ArrayList<>();
        Optional<String> directory = value(config, TRUST_DIRECTORY);
        Optional<Path> directoryPath = directory.flatMap(v -> parsed(v, TRUST_DIRECTORY, "a path", Path::of, problems));
        Optional<String> list = value(config, TRUSTED_LIST);
        if (directory.isPresent() == list.isPresent()) {
            problems.add(new SettingsProblem.TrustNotConfigured(directory.isPresent()));
        }
        Optional<URI> listUri = list.flatMap(v -> parsed(v, TRUSTED_LIST, "a URL", URI::create, problems));
        Optional<String> signers = value(config, TRUSTED_LIST_SIGNERS);
        Optional<Path> signersPath =
                signers.flatMap(v -> parsed(v, TRUSTED_LIST_SIGNERS, "a path", Path::of, problems));
        if (list.isPresent() && signers.isEmpty()) {
            problems.add(
                    new SettingsProblem.InvalidValue(TRUSTED_LIST_SIGNERS, "a PEM file when a trusted list is set"));
        }
        List<URI> crls = new ArrayList<>();
        value(config, CRLS)
                .ifPresent(all -> Arrays.stream(all.split(VALUE_SEPARATOR))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .forEach(v ->
                                parsed(v, CRLS, "URLs", URI::create, problems).ifPresent(crls::add)));
        FailMode failMode = value(config, FAIL_MODE)
                .flatMap(v -> parsed(
                        v, FAIL_MODE, "HARD or SOFT", s -> FailMode.valueOf(s.toUpperCase(Locale.ROOT)), problems))
                .orElse(FailMode.HARD);
        AccountMode mode = value(config, ACCOUNT_MODE)
                .flatMap(v -> parsed(
                        v,
                        ACCOUNT_MODE,
                        "CREATE, LINK_ONLY or REFUSE",
                        s -> AccountMode.valueOf(s.toUpperCase(Locale.ROOT)),
                        problems))
                .orElse(AccountMode.CREATE);
        int minutes = value(config, REFRESH_MINUTES)
                .flatMap(v -> parsed(
                        v, REFRESH_MINUTES, "a whole number of minutes from 1 to 1440", Settings::minutes, problems))
                .orElse(DEFAULT_REFRESH_MINUTES);
        String attribute = value(config, LINK_ATTRIBUTE).orElse(DEFAULT_LINK_ATTRIBUTE);
        String ocsp = value(config, OCSP_FALLBACK).orElse("false");
        if (!ocsp.equals("true") && !ocsp.equals("false")) {
            problems.add(new SettingsProblem.InvalidValue(OCSP_FALLBACK, "true or false"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
        return new Settings(
                directoryPath,
                listUri,
                signersPath,
                crls,
                failMode,
                Boolean.parseBoolean(ocsp),
                Duration.ofMinutes(minutes),
                mode,
                attribute);
    }

    private static int minutes(String value) {
        int minutes = Integer.parseInt(value);
        if (minutes < 1 || minutes > 1440) {
            throw new IllegalArgumentException("out of range");
        }
        return minutes;
    }

    private static Optional<String> value(Map<String, String> config, String key) {
        return Optional.ofNullable(config.get(key)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static <T> Optional<T> parsed(
            String value, String key, String expected, Function<String, T> parser, List<SettingsProblem> problems) {
        try {
            return Optional.of(parser.apply(value));
        } catch (IllegalArgumentException e) {
            problems.add(new SettingsProblem.InvalidValue(key, expected));
            return Optional.empty();
        }
    }
}
