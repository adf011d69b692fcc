package io.tscns.card.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.card.error.NoReaderException;
import io.tscns.card.error.PcscServiceUnavailableException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.smartcardio.CardTerminal;
import org.junit.jupiter.api.Test;

class ReadersTest {

    private final FakePcsc pcsc = new FakePcsc();
    private final Readers readers = Readers.using(pcsc.source());

    private static List<String> names(List<CardTerminal> terminals) {
        return terminals.stream().map(CardTerminal::getName).toList();
    }

    @Test
    void noServiceIsToldApartFromNoReaders() {
        pcsc.serviceUp = false;
        PcscServiceUnavailableException down = assertThrows(PcscServiceUnavailableException.class, readers::list);
        assertEquals(Optional.of("SCARD_E_NO_SERVICE"), down.pcscCode());

        pcsc.serviceUp = true;
        assertEquals(List.of(), readers.list(), "a running service without readers is an empty list");
        NoReaderException none = assertThrows(NoReaderException.class, readers::firstWithCard);
        assertEquals("no smart-card reader is connected", none.getMessage());
        assertEquals(2, pcsc.factoriesCreated, "the factory is made again once the service is back");
    }

    @Test
    void findsReadersAndCards() {
        pcsc.readers.put("Reader A", false);
        pcsc.readers.put("Reader B", true);
        assertEquals(List.of("Reader A", "Reader B"), names(readers.list()));
        assertEquals(List.of("Reader B"), names(readers.withCard()));
        assertEquals("Reader B", readers.firstWithCard().getName());
        assertEquals("Reader A", readers.find("Reader A").orElseThrow().getName());
        assertEquals(Optional.empty(), readers.find("Reader C"));
        CardTerminal a = readers.find("Reader A").orElseThrow();
        assertFalse(readers.waitForCardPresent(a, Duration.ofMillis(1)));
        assertTrue(readers.waitForCardAbsent(a, Duration.ofMillis(1)));
        assertThrows(IllegalArgumentException.class, () -> readers.waitForCardPresent(a, Duration.ZERO));
        pcsc.readers.put("Reader B", false);
        NoReaderException empty = assertThrows(NoReaderException.class, readers::firstWithCard);
        assertEquals("no card is inserted in any of the 2 readers", empty.getMessage());
    }

    @Test
    void aServiceThatStopsIsReportedWithWhatTheJdkCanAndCannotRecover() {
        pcsc.readers.put("Reader A", true);
        assertEquals(1, readers.list().size());
        pcsc.serviceUp = false;
        PcscServiceUnavailableException stopped = assertThrows(PcscServiceUnavailableException.class, readers::list);
        assertTrue(stopped.getMessage().contains("cannot reconnect to a restarted service"), stopped.getMessage());
        pcsc.serviceUp = true;
        assertEquals(1, readers.list().size());
        assertEquals(2, pcsc.factoriesCreated);
    }

    @Test
    void aRestartedServiceIsNeverReachedAgainThroughTheJdksOneContext() {
        pcsc.readers.put("Reader A", true);
        assertEquals(1, readers.list().size());
        pcsc.restart();
        for (int call = 0; call < 3; call++) {
            assertThrows(PcscServiceUnavailableException.class, readers::list, "the JDK's static context is dead");
        }
    }

    @Test
    void theRecoveringSourceReachesEveryRestartedServiceAndReleasesTheLostContexts() {
        Readers recovering = Readers.using(pcsc.source().switchingAfterServiceLost(pcsc.freshSource()));
        pcsc.readers.put("Reader A", true);
        assertEquals(1, recovering.list().size());
        for (int restart = 1; restart <= 3; restart++) {
            pcsc.restart();
            PcscServiceUnavailableException lost =
                    assertThrows(PcscServiceUnavailableException.class, recovering::list);
            assertEquals(Optional.of("SCARD_E_NO_SERVICE"), lost.pcscCode());
            assertEquals("Reader A", recovering.firstWithCard().getName(), "back after restart " + restart);
            assertEquals(1, pcsc.freshContextsOpen, "one context open, the lost ones released");
        }
        assertEquals(4, pcsc.factoriesCreated, "one factory per connection, not per call");
    }

    @Test
    void aContextTheRestartedServiceAnswersWithInvalidHandleIsALossToo() {
        Readers recovering = Readers.using(pcsc.source().switchingAfterServiceLost(pcsc.freshSource()));
        pcsc.deadContextCode = "SCARD_E_INVALID_HANDLE";
        pcsc.readers.put("Reader A", true);
        assertEquals(1, recovering.list().size());
        pcsc.restart();
        PcscServiceUnavailableException lost = assertThrows(PcscServiceUnavailableException.class, recovering::list);
        assertEquals(Optional.of("SCARD_E_INVALID_HANDLE"), lost.pcscCode());
        assertEquals(1, recovering.list().size(), "the next call reconnects");
    }

    @Test
    void aLossWhileWaitingIsReportedAndTheNextCallReconnects() {
        Readers fresh = Readers.using(pcsc.freshSource());
        pcsc.readers.put("Reader A", false);
        assertFalse(fresh.waitForChange(Duration.ofMillis(1)));
        pcsc.restart();
        assertThrows(PcscServiceUnavailableException.class, () -> fresh.waitForChange(Duration.ofMillis(1)));
        assertEquals(0, pcsc.freshContextsOpen, "the lost context was released");
        assertEquals(1, fresh.list().size());
    }

    @Test
    void aContextThatCannotBeEstablishedMeansNoService() {
        Readers fresh = Readers.using(pcsc.freshSource());
        pcsc.serviceUp = false;
        PcscServiceUnavailableException down = assertThrows(PcscServiceUnavailableException.class, fresh::list);
        assertEquals(Optional.of("SCARD_E_NO_SERVICE"), down.pcscCode());
        pcsc.serviceUp = true;
        assertEquals(List.of(), fresh.list());
    }

    @Test
    void theJdksEmptyDefaultFactoryIsNotMistakenForNoReaders() {
        PcscServiceUnavailableException e = assertThrows(
                PcscServiceUnavailableException.class,
                () -> Readers.using(pcsc.noneSource()).list());
        assertTrue(e.getMessage().contains("type None"), e.getMessage());
    }

    @Test
    void waitingForAChangeWithNothingToWatchDoesNotFail() {
        assertFalse(readers.waitForChange(Duration.ofMillis(1)));
        pcsc.readers.put("Reader A", true);
        assertFalse(readers.waitForChange(Duration.ofMillis(1)));
    }
}
