package io.tscns.cms.sandbox.internal.setup;

import io.tscns.cms.sandbox.CmsProfile;
import io.tscns.cms.sandbox.SandboxFaults;
import io.tscns.cms.sandbox.SandboxMount;
import io.tscns.cms.sandbox.ServerLimits;
import io.tscns.testpki.TestIssuer;
import io.tscns.testpki.TestPki;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a sandbox is started with (<i>configurazione</i>), from {@code SimulatedCms.Builder}.
 *
 * @param dataDirectory the data directory, or empty for a database in memory
 * @param port          the port (0: any free one)
 * @param profile       the CMS's profile: lifecycle, activation rules, codes released, envelope
 * @param pki           the test PKI (server and operator certificates, card CAs)
 * @param clock         the sandbox's clock
 * @param faults        the faults to inject
 * @param latency       the delay added to every request
 * @param keys          the keys given to the builder (AES key, audit key; wiped once used), or empty to use
 *                      the data directory's {@code codes.key} and {@code audit.key}
 * @param limits        the server's limits
 * @param operatorCardIssuers the CNS CAs of the test PKI whose card certificates operators may log in with
 * @param mounts        the extra web applications the server serves under their own prefixes
 */
public record Settings(
        Optional<Path> dataDirectory,
        int port,
        CmsProfile profile,
        TestPki pki,
        Clock clock,
        SandboxFaults faults,
        Duration latency,
        Optional<byte[][]> keys,
        ServerLimits limits,
        Set<TestIssuer> operatorCardIssuers,
        List<SandboxMount> mounts) {

    /**
     * Checks the components.
     */
    public Settings {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(pki, "pki");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(faults, "faults");
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(limits, "limits");
        operatorCardIssuers = Set.copyOf(operatorCardIssuers);
        mounts = List.copyOf(mounts);
    }

    @Override
    public String toString() {
        return "Settings[" + dataDirectory.map(Path::toString).orElse("in memory") + ", port " + port + ", "
                + profile.id() + "]";
    }
}
