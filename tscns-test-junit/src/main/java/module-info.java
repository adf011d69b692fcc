/**
 * JUnit 5 extensions for tests that need a TS-CNS environment: a simulated card ({@code @WithSimulatedCard}), the
 * real PC/SC stack ({@code @WithPcscd}), a sandbox CMS ({@code @WithSandboxCms}) or a test PKI
 * ({@code @WithTestPki}); the rule that a test needing a missing real component fails under {@code CI=true};
 * a check that no monitor is held across I/O ({@code HeldMonitors}), which would pin a virtual thread's carrier; and
 * a search for secret codes in captured output ({@code SecretLeaks}).
 */
module io.tscns.test.junit {
    requires transitive io.tscns.simcard;
    requires transitive io.tscns.testpki;
    requires transitive io.tscns.cms.sandbox;
    requires transitive org.junit.jupiter.api;
    requires java.management;

    exports io.tscns.test.junit;
}
