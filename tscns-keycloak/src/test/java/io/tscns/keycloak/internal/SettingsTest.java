package io.tscns.keycloak.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tscns.auth.revocation.FailMode;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The configuration as the admin console stores it: defaults, every value, every problem at once. */
class SettingsTest {

    @Test
    void aTrustDirectoryAloneTakesTheDefaults() {
        Settings settings = Settings.parse(Map.of(Settings.TRUST_DIRECTORY, " /etc/cns "));
        assertEquals(
                new Settings(
                        Optional.of(Path.of("/etc/cns")),
                        Optional.empty(),
                        Optional.empty(),
                        List.of(),
                        FailMode.HARD,
                        false,
                        Duration.ofMinutes(60),
                        AccountMode.CREATE,
                        "codice_fiscale"),
                settings);
    }

    @Test
    void everyValueIsRead() {
        Settings settings = Settings.parse(Map.of(
                Settings.TRUSTED_LIST, "https://eidas.agid.gov.it/TL/TSL-IT.xml",
                Settings.TRUSTED_LIST_SIGNERS, "/etc/cns/agid.pem",
                Settings.CRLS, "http://crl.example/a.crl##http://crl.example/b.crl##",
                Settings.FAIL_MODE, "soft",
                Settings.OCSP_FALLBACK, "true",
                Settings.REFRESH_MINUTES, "15",
                Settings.ACCOUNT_MODE, "link_only",
                Settings.LINK_ATTRIBUTE, "cf"));
        assertEquals(Optional.of(URI.create("https://eidas.agid.gov.it/TL/TSL-IT.xml")), settings.trustedList());
        assertEquals(Optional.of(Path.of("/etc/cns/agid.pem")), settings.trustedListSigners());
        assertEquals(
                List.of(URI.create("http://crl.example/a.crl"), URI.create("http://crl.example/b.crl")),
                settings.crls());
        assertEquals(FailMode.SOFT, settings.failMode());
        assertEquals(true, settings.ocspFallback());
        assertEquals(Duration.ofMinutes(15), settings.refreshInterval());
        assertEquals(AccountMode.LINK_ONLY, settings.accountMode());
        assertEquals("cf", settings.linkAttribute());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        InvalidSettingsException e = assertThrows(
                InvalidSettingsException.class,
                () -> Settings.parse(Map.of(
                        Settings.TRUST_DIRECTORY, "/etc/cns",
                        Settings.TRUSTED_LIST, "https://eidas.agid.gov.it/TL/TSL-IT.xml",
                        Settings.FAIL_MODE, "maybe",
                        Settings.REFRESH_MINUTES, "0",
                        Settings.ACCOUNT_MODE, "invite",
                        Settings.OCSP_FALLBACK, "yes",
                        Settings.CRLS, "http://a b")));
        assertEquals(
                List.of(
                        new SettingsProblem.TrustNotConfigured(true),
                        new SettingsProblem.InvalidValue(
                                Settings.TRUSTED_LIST_SIGNERS, "a PEM file when a trusted list is set"),
                        new SettingsProblem.InvalidValue(Settings.CRLS, "URLs"),
                        new SettingsProblem.InvalidValue(Settings.FAIL_MODE, "HARD or SOFT"),
                        new SettingsProblem.InvalidValue(Settings.ACCOUNT_MODE, "CREATE, LINK_ONLY or REFUSE"),
                        new SettingsProblem.InvalidValue(
                                Settings.REFRESH_MINUTES, "a whole number of minutes from 1 to 1440"),
                        new SettingsProblem.InvalidValue(Settings.OCSP_FALLBACK, "true or false")),
                e.problems());
    }

    @Test
    void noTrustIsAProblemWithACode() {
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> Settings.parse(Map.of()));
        assertEquals(List.of(new SettingsProblem.TrustNotConfigured(false)), e.problems());
        assertEquals("trust-not-configured", e.problems().get(0).code());
    }

    @Test
    void anImpossiblePathIsAProblemNotAnUntypedException() {
        InvalidSettingsException e = assertThrows(
                InvalidSettingsException.class,
                () -> Settings.parse(Map.of(Settings.TRUST_DIRECTORY, "/etc/\u0000cns")));
        assertEquals(List.of(new SettingsProblem.InvalidValue(Settings.TRUST_DIRECTORY, "a path")), e.problems());
    }

    @Test
    void theRefreshIntervalIsBounded() {
        assertEquals(
                Duration.ofMinutes(1440),
                Settings.parse(Map.of(Settings.TRUST_DIRECTORY, "/d", Settings.REFRESH_MINUTES, "1440"))
                        .refreshInterval());
        assertThrows(
                InvalidSettingsException.class,
                () -> Settings.parse(Map.of(Settings.TRUST_DIRECTORY, "/d", Settings.REFRESH_MINUTES, "1441")));
        assertThrows(
                InvalidSettingsException.class,
                () -> Settings.parse(Map.of(Settings.TRUST_DIRECTORY, "/d", Settings.REFRESH_MINUTES, "ten")));
    }
}
