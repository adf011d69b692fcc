package io.tscns.card.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The monitor's recovery as a state machine: over any sequence of pcscd restarts, stops, starts, readers and cards
 * coming and going, and the monitor's own polls and waits, a dead context failing with either code, with
 * {@link TerminalFactorySource#recovering()}'s
 * arrangement (the JDK-like source first, then fresh contexts) on a {@link FakePcsc}.
 */
class ReaderMonitorRecoveryProperties {

    enum Step {
        RESTART,
        STOP,
        START,
        ATTACH,
        DETACH,
        INSERT,
        REMOVE,
        POLL,
        WAIT
    }

    record Action(Step step, int reader) {}

    @Provide
    Arbitrary<List<Action>> actions() {
        Arbitrary<Action> action = Combinators.combine(
                        Arbitraries.of(Step.class), Arbitraries.integers().between(0, 2))
                .as(Action::new);
        return action.list().ofMaxSize(40);
    }

    @Property(tries = 300)
    void theListenersPictureIsThePcscStateAfterEveryPollAndAtMostOneContextStaysOpen(
            @ForAll("actions") List<Action> actions, @ForAll boolean invalidHandle) throws InterruptedException {
        FakePcsc pcsc = new FakePcsc();
        if (invalidHandle) {
            pcsc.deadContextCode = "SCARD_E_INVALID_HANDLE"; // what some pcsc-lite versions answer instead
        }
        ReaderMonitor monitor = new ReaderMonitor(
                Readers.using(pcsc.source().switchingAfterServiceLost(pcsc.freshSource())), Duration.ofMillis(1));
        List<ReaderEvent> events = new ArrayList<>();
        monitor.addListener(events::add);
        boolean restartedSinceLastCall = false;
        for (Action action : actions) {
            String reader = "Reader " + action.reader();
            switch (action.step()) {
                case RESTART -> {
                    pcsc.restart();
                    restartedSinceLastCall = true;
                }
                case STOP -> pcsc.serviceUp = false;
                case START -> pcsc.serviceUp = true;
                case ATTACH -> pcsc.readers.putIfAbsent(reader, false);
                case DETACH -> pcsc.readers.remove(reader);
                case INSERT -> pcsc.readers.computeIfPresent(reader, (name, present) -> true);
                case REMOVE -> pcsc.readers.computeIfPresent(reader, (name, present) -> false);
                case POLL -> {
                    ReaderSnapshot seen = monitor.poll();
                    if (!seen.equals(expected(pcsc))) {
                        assertTrue(
                                restartedSinceLastCall && !seen.serviceAvailable(),
                                "only a restart makes a poll differ from the service, and it is reported lost");
                        seen = monitor.poll();
                    }
                    assertEquals(expected(pcsc), seen, "the poll after a loss reaches the restarted service");
                    restartedSinceLastCall = false;
                }
                case WAIT -> {
                    monitor.awaitChange();
                    restartedSinceLastCall = false;
                }
            }
            ReaderSnapshot replayed = ReaderSnapshot.INITIAL;
            for (ReaderEvent event : events) {
                replayed = replayed.apply(event);
            }
            assertEquals(monitor.lastSnapshot(), replayed, "the events lead to what the monitor saw");
            assertTrue(pcsc.freshContextsOpen <= 1, "contexts open: " + pcsc.freshContextsOpen);
        }
        assertTrue(
                pcsc.factoriesCreated <= 2 * count(actions, Step.POLL) + count(actions, Step.WAIT),
                "no more than one factory per call");
    }

    private static ReaderSnapshot expected(FakePcsc pcsc) {
        return pcsc.serviceUp
                ? new ReaderSnapshot(true, new TreeMap<>(pcsc.readers))
                : new ReaderSnapshot(false, Map.of());
    }

    private static long count(List<Action> actions, Step step) {
        return actions.stream().filter(a -> a.step() == step).count();
    }
}
