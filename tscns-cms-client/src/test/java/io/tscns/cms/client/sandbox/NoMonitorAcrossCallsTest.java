package io.tscns.cms.client.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tscns.cms.client.CmsClient;
import io.tscns.cms.sandbox.SimulatedCms;
import io.tscns.test.junit.HeldMonitors;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No monitor is held while the client waits for the CMS: the login a personal token needs is taken under the
 * session's lock, and on a virtual thread a monitor there would pin the carrier for the whole round trip (see
 * {@link HeldMonitors}). The sandbox answers after a delay, so the call is caught waiting on the network.
 */
class NoMonitorAcrossCallsTest {

    @Test
    void aLoginAndTheLoginBeforeAFirstCallHoldNoMonitorWhileTheyWait() {
        try (SimulatedCms cms = SimulatedCms.builder()
                .withDefaultPopulation()
                .latency(Duration.ofMillis(1_500))
                .start()) {
            CmsClient explicit = ClientFixtures.token(cms, "asl-1");
            assertEquals(
                    List.of(),
                    HeldMonitors.whileBlocked(
                            explicit::login, HeldMonitors.waitingIn("jdk.internal.net.http"), () -> {}));
            CmsClient implicit = ClientFixtures.token(cms, "asl-1");
            assertEquals(
                    List.of(),
                    HeldMonitors.whileBlocked(
                            implicit::whoAmI, HeldMonitors.waitingIn("jdk.internal.net.http"), () -> {}));
        }
    }
}
