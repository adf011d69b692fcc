package io.tscns.card.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import javax.smartcardio.CardTerminals;
import javax.smartcardio.TerminalFactory;
import org.junit.jupiter.api.Test;

class FreshContextSourceTest {

    @Test
    void makesJnasmartcardiosPcscFactoryAndKeepsItselfAfterALoss() throws Exception {
        TerminalFactorySource fresh = TerminalFactorySource.freshContexts();
        TerminalFactory factory = fresh.create();
        assertEquals("PC/SC", factory.getType());
        assertEquals("JNA2PCSC", factory.getProvider().getName());
        CardTerminals other = new FakePcsc().source().create().terminals();
        assertSame(fresh, fresh.afterServiceLost(other), "terminals of another provider are left alone");
    }

    @Test
    void theRecoveringSourceSwitchesToFreshContextsAfterALoss() throws Exception {
        // Before a loss it is the JDK's provider, whose factory needs a running pcscd: SmartcardioPcscIT's side.
        TerminalFactorySource recovering = TerminalFactorySource.recovering();
        CardTerminals lost = new FakePcsc().source().create().terminals();
        assertEquals(
                "JNA2PCSC",
                recovering.afterServiceLost(lost).create().getProvider().getName());
    }
}
