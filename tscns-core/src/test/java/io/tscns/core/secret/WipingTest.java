package io.tscns.core.secret;

import static io.tscns.core.secret.SecretTestSupport.internalBytes;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class WipingTest {

    @Test
    void destroyZeroesThePinAndEveryLaterUseFails() {
        Pin pin = Pin.parse("90817");
        byte[] inside = internalBytes(pin);
        assertArrayEquals("90817".getBytes(java.nio.charset.StandardCharsets.US_ASCII), inside);
        assertFalse(pin.isDestroyed());

        pin.destroy();

        assertArrayEquals(new byte[5], inside);
        assertTrue(pin.isDestroyed());
        assertEquals("PIN[destroyed]", pin.toString());
        Pin other = Pin.parse("90817");
        assertEveryUseFails(
                "PIN",
                List.of(
                        pin::length,
                        pin::toCharArray,
                        pin::toAsciiBytes,
                        pin::paddedForCard,
                        pin::hasTrivialPattern,
                        () -> pin.matches(other),
                        () -> other.matches(pin),
                        () -> SplitPolicy.MEF_SOGEI.split(pin),
                        () -> CodeReference.issued(pin).matches(other)));
        pin.destroy();
        assertTrue(pin.isDestroyed(), "destroy is idempotent");
    }

    @Test
    void tryWithResourcesWipesPukAndCip() {
        byte[] pukInside;
        byte[] cipInside;
        try (Puk puk = Puk.parse("55123498");
                Cip cip = Cip.parse("11223344".toCharArray())) {
            pukInside = internalBytes(puk);
            cipInside = internalBytes(cip);
            assertEquals('5', pukInside[0]);
            assertEquals('1', cipInside[0]);
        }
        assertArrayEquals(new byte[8], pukInside);
        assertArrayEquals(new byte[8], cipInside);
    }

    @Test
    void generatedCodesAreWipedToo() {
        Pin pin = SecretTestSupport.seededGenerator(9).generatePin();
        byte[] inside = internalBytes(pin);
        pin.close();
        assertArrayEquals(new byte[5], inside);
        assertThrows(SecretDestroyedException.class, pin::toCharArray);
    }

    @Test
    void closingASplitCodeWipesBothHalves() {
        SplitCode split = SplitPolicy.MEF_SOGEI.split(Puk.parse("55123498"));
        CounterHalf counter = split.counterHalf();
        RemoteHalf remote = split.remoteHalf();
        byte[] counterInside = internalBytes(counter);
        byte[] remoteInside = internalBytes(remote);
        assertEquals('5', counterInside[0]);
        assertEquals('1', remoteInside[0]);

        split.close();

        assertArrayEquals(new byte[2], counterInside);
        assertArrayEquals(new byte[6], remoteInside);
        assertTrue(split.isDestroyed());
        assertEquals("PUK counter half[destroyed]", counter.toString());
        assertEveryUseFails(
                "PUK counter half",
                List.of(
                        counter::length,
                        counter::revealForReceipt,
                        () -> SplitPolicy.MEF_SOGEI.recombine(counter, remote)));
        assertEveryUseFails("PUK remote half", List.of(remote::length, remote::revealForSending));
    }

    @Test
    void oneHalfCanBeWipedAsSoonAsItIsDelivered() {
        SplitCode split = SplitPolicy.MEF_SOGEI.split(Pin.parse("90817"));
        split.counterHalf().destroy();
        assertFalse(split.isDestroyed(), "the remote half is still to be sent");
        assertArrayEquals("817".toCharArray(), split.remoteHalf().revealForSending());
        assertEquals("SplitCode[PIN counter half[destroyed], PIN remote half[redacted]]", split.toString());
    }

    private static void assertEveryUseFails(String what, List<Executable> uses) {
        assertAll(uses.stream().map(use -> () -> {
            SecretDestroyedException e = assertThrows(SecretDestroyedException.class, use);
            assertEquals("the " + what + " has been destroyed and can no longer be used", e.getMessage());
        }));
    }
}
