package io.tscns.cms.sandbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import java.util.Properties;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.logging.Handler;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * A library leaves the JVM's settings alone: starting and using a sandbox (its HTTPS server, its HSQLDB database)
 * sets no system property — the previous sandbox set {@code hsqldb.reconfig_logging} and
 * {@code sun.net.httpserver.nodelay} when its classes loaded — and leaves {@code java.util.logging} as it found it.
 */
class JvmSettingsTest {

    @Test
    void aSandboxSetsNoSystemPropertyAndLeavesLoggingAlone() {
        TimeZone.getDefault(); // the JDK sets user.timezone when it first reads the default time zone
        Properties before = (Properties) System.getProperties().clone();
        Handler[] rootHandlers = Logger.getLogger("").getHandlers();
        try (SimulatedCms cms = SimulatedCms.start()) {
            SandboxClient asl = new SandboxClient(cms, "asl-1");
            assertEquals(
                    200,
                    asl.get("cards/" + cms.issuedCards().get(0).cardId().value())
                            .statusCode());
        }
        Map<Object, Object> changed = new TreeMap<>();
        System.getProperties().forEach((key, value) -> {
            if (!value.equals(before.get(key))) {
                changed.put(key, value);
            }
        });
        assertEquals(Map.of(), changed, "no system property set or changed");
        assertNull(System.getProperty("hsqldb.reconfig_logging"), "the sandbox sets no HSQLDB property");
        assertArrayEquals(rootHandlers, Logger.getLogger("").getHandlers(), "the root logger's handlers");
        assertEquals(
                0,
                Logger.getLogger("org.hsqldb.cmdline").getHandlers().length,
                "HSQLDB did not reconfigure java.util.logging");
    }
}
