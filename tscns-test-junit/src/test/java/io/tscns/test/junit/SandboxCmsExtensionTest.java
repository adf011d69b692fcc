package io.tscns.test.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.cms.sandbox.SimulatedCms;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@WithSandboxCms
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SandboxCmsExtensionTest {

    private static final List<SimulatedCms> SEEN = new ArrayList<>();

    private static boolean listening(SimulatedCms cms) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", cms.port()), 2_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    @Order(1)
    void theClassSandboxRunsWithTheDefaultPopulation(SimulatedCms cms) {
        SEEN.add(cms);
        assertTrue(listening(cms));
        assertEquals("toscana-2.0", cms.lifecycle().id());
        assertTrue(cms.operators().containsKey("pharmacy-1"));
        assertEquals(3, cms.issuedCards().size());
    }

    @Test
    @Order(2)
    void everyTestOfTheClassSharesIt(SimulatedCms cms) {
        SEEN.add(cms);
        assertSame(SEEN.get(0), cms);
    }

    @Test
    @Order(3)
    @WithSandboxCms(profile = "dm-2011", population = false)
    void aMethodAnnotationGetsASandboxOfItsOwn(SimulatedCms cms) {
        SEEN.add(cms);
        assertNotSame(SEEN.get(0), cms);
        assertEquals("dm-2011", cms.lifecycle().id());
        assertTrue(cms.operators().isEmpty());
        assertTrue(cms.issuedCards().isEmpty());
    }

    @Test
    @Order(4)
    void theMethodsSandboxIsClosedWhenItsTestEnds(SimulatedCms cms) {
        assertFalse(listening(SEEN.get(2)), "the method's sandbox no longer listens");
        assertTrue(listening(cms));
    }

    @Test
    @Order(5)
    void anUnknownProfileIsRefusedWithTheChoices() {
        var e = assertThrows(
                org.junit.jupiter.api.extension.ParameterResolutionException.class,
                () -> SandboxCmsExtension.policy("toscana-3.0"));
        assertEquals(
                "@WithSandboxCms(profile = \"toscana-3.0\"): choose one of [dm-2011, toscana-2.0]", e.getMessage());
        assertEquals("dm-2011", SandboxCmsExtension.policy("dm-2011").id());
    }
}
