package io.tscns.card.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ReaderSnapshotProperties {

    @Provide
    Arbitrary<ReaderSnapshot> snapshots() {
        Arbitrary<Map<String, Boolean>> readers = Arbitraries.maps(
                        Arbitraries.of("A", "B", "C", "D"), Arbitraries.of(true, false))
                .ofMaxSize(4);
        return Combinators.combine(Arbitraries.of(true, false), readers)
                .as((service, map) -> new ReaderSnapshot(service, service ? map : Map.of()));
    }

    /** Model check: the events between two snapshots, applied one by one to the first, give the second. */
    @Property
    void eventsLeadFromOneSnapshotToTheNext(
            @ForAll("snapshots") ReaderSnapshot before, @ForAll("snapshots") ReaderSnapshot after) {
        ReaderSnapshot state = before;
        for (ReaderEvent event : before.changesTo(after)) {
            state = state.apply(event);
        }
        assertEquals(after, state);
    }

    @Property
    void nothingChangedMeansNoEvent(@ForAll("snapshots") ReaderSnapshot snapshot) {
        assertEquals(List.of(), snapshot.changesTo(snapshot));
    }

    /** Over any sequence of polls, a listener that applies every event always holds the monitor's last picture. */
    @Property
    void aListenerFollowingTheEventsAlwaysMatchesTheReaders(@ForAll("sequences") List<ReaderSnapshot> polls) {
        ReaderSnapshot listenerView = ReaderSnapshot.INITIAL;
        ReaderSnapshot last = ReaderSnapshot.INITIAL;
        for (ReaderSnapshot next : polls) {
            for (ReaderEvent event : last.changesTo(next)) {
                listenerView = listenerView.apply(event);
            }
            last = next;
            assertEquals(last, listenerView);
        }
    }

    @Provide
    Arbitrary<List<ReaderSnapshot>> sequences() {
        return snapshots().list().ofMaxSize(12);
    }
}
