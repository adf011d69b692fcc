package io.tscns.card.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.card.LogCapture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ReaderMonitorTest {

    private final FakePcsc pcsc = new FakePcsc();
    private final ReaderMonitor monitor = new ReaderMonitor(Readers.using(pcsc.source()), Duration.ofMillis(10));
    private final List<ReaderEvent> events = new ArrayList<>();

    private List<ReaderEvent> poll() {
        events.clear();
        monitor.poll();
        return List.copyOf(events);
    }

    @Test
    void itsOwnDaemonThreadReportsWhatIsThereAndEndsWhenClosed() throws Exception {
        new ReaderMonitor(Readers.using(pcsc.source()), Duration.ofMillis(10)).close(); // never started: no-op
        BlockingQueue<ReaderEvent> seen = new LinkedBlockingQueue<>();
        pcsc.readers.put("A", true);
        monitor.addListener(seen::add);
        monitor.start();
        try {
            assertEquals(new ReaderEvent.ServiceAvailable(), seen.poll(60, TimeUnit.SECONDS));
            assertEquals(new ReaderEvent.ReaderAttached("A"), seen.poll(60, TimeUnit.SECONDS));
            assertEquals(new ReaderEvent.CardInserted("A"), seen.poll(60, TimeUnit.SECONDS));
            assertThrows(IllegalStateException.class, monitor::start);
            Thread thread = monitorThread();
            assertTrue(thread.isDaemon(), "the monitor never keeps the JVM alive");
            monitor.close();
            thread.join(TimeUnit.SECONDS.toMillis(60));
            assertFalse(thread.isAlive(), "closed, the thread ends");
        } finally {
            monitor.close();
        }
    }

    private static Thread monitorThread() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("tscns-reader-monitor") && t.isAlive())
                .findFirst()
                .orElseThrow();
    }

    @Test
    void reportsReadersCardsAndTheServiceInAConsistentOrder() {
        monitor.addListener(events::add);
        pcsc.readers.put("A", true);
        assertEquals(
                List.of(
                        new ReaderEvent.ServiceAvailable(),
                        new ReaderEvent.ReaderAttached("A"),
                        new ReaderEvent.CardInserted("A")),
                poll());
        assertEquals(List.of(), poll());

        pcsc.readers.put("A", false);
        pcsc.readers.put("B", true);
        assertEquals(
                List.of(
                        new ReaderEvent.CardRemoved("A"),
                        new ReaderEvent.ReaderAttached("B"),
                        new ReaderEvent.CardInserted("B")),
                poll());

        pcsc.readers.remove("B");
        assertEquals(List.of(new ReaderEvent.CardRemoved("B"), new ReaderEvent.ReaderDetached("B")), poll());

        pcsc.serviceUp = false;
        List<ReaderEvent> lost = poll();
        assertEquals(new ReaderEvent.ReaderDetached("A"), lost.get(0));
        assertInstanceOf(ReaderEvent.ServiceUnavailable.class, lost.get(1));
        assertTrue(((ReaderEvent.ServiceUnavailable) lost.get(1)).reason().contains("SCARD_E_NO_SERVICE"));
        assertEquals(List.of(), poll());

        pcsc.serviceUp = true;
        pcsc.readers.put("A", true);
        assertEquals(
                List.of(
                        new ReaderEvent.ServiceAvailable(),
                        new ReaderEvent.ReaderAttached("A"),
                        new ReaderEvent.CardInserted("A")),
                poll());
        assertEquals(new ReaderSnapshot(true, Map.of("A", true)), monitor.lastSnapshot());
    }

    @Test
    void aRestartWhileWaitingIsReportedLostThenBackWithItsReadersAndCards() throws InterruptedException {
        ReaderMonitor recovering = new ReaderMonitor(
                Readers.using(pcsc.source().switchingAfterServiceLost(pcsc.freshSource())), Duration.ofMillis(1));
        recovering.addListener(events::add);
        pcsc.readers.put("A", true);
        recovering.poll();
        for (int restart = 1; restart <= 2; restart++) {
            events.clear();
            pcsc.restart();
            recovering.awaitChange();
            assertEquals(
                    List.of(new ReaderEvent.CardRemoved("A"), new ReaderEvent.ReaderDetached("A")),
                    events.subList(0, 2));
            assertInstanceOf(ReaderEvent.ServiceUnavailable.class, events.get(2));
            events.clear();
            recovering.poll();
            assertEquals(
                    List.of(
                            new ReaderEvent.ServiceAvailable(),
                            new ReaderEvent.ReaderAttached("A"),
                            new ReaderEvent.CardInserted("A")),
                    events,
                    "back after restart " + restart);
        }
    }

    @Test
    void aListenerThatThrowsDoesNotStopTheOthers() {
        List<ReaderEvent> second = new ArrayList<>();
        monitor.addListener(event -> {
            throw new IllegalStateException("listener bug");
        });
        monitor.addListener(second::add);
        pcsc.readers.put("A", true);
        try (LogCapture log = LogCapture.start()) {
            monitor.poll();
            assertTrue(log.text().contains("listener bug"), log.text());
        }
        assertEquals(3, second.size());
        monitor.removeListener(second::add);
    }

    @Test
    void startsOnceAndCloses() {
        monitor.start();
        assertThrows(IllegalStateException.class, monitor::start);
        monitor.close();
        assertThrows(IllegalArgumentException.class, () -> new ReaderMonitor(Readers.pcsc(), Duration.ZERO));
    }
}
