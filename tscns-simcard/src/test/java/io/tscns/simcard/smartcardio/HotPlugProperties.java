package io.tscns.simcard.smartcardio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.tscns.simcard.SimulatedCard;
import io.tscns.simcard.SimulatedProfile;
import io.tscns.simcard.TestCards;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Hot-plug model (the Commons eID habit, driven by jqwik instead of a seeded Random): random batches of insertions
 * and removals across three readers; after each batch, {@code waitForChange} and the CARD_INSERTION, CARD_REMOVAL
 * and CARD_PRESENT lists must agree with a plain model.
 */
class HotPlugProperties {

    private static final SimulatedCard[] CARDS = {
        TestCards.card(SimulatedProfile.CLASSIC),
        TestCards.card(SimulatedProfile.CLASSIC),
        TestCards.card(SimulatedProfile.CLASSIC)
    };
    private static final String[] NAMES = {"R0", "R1", "R2"};

    record Move(int reader, boolean insert) {}

    @Provide
    Arbitrary<List<List<Move>>> batches() {
        Arbitrary<Move> move = Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.of(true, false))
                .as(Move::new);
        return move.list().ofMaxSize(4).list().ofMaxSize(12);
    }

    @Property(tries = 300)
    void viewsAgreeWithTheModel(@ForAll("batches") List<List<Move>> batches) throws CardException {
        SimulatedReaders readers = SimulatedReaders.create(NAMES);
        CardTerminals view = readers.terminalFactory().terminals();
        boolean[] present = new boolean[3];
        assertFalse(view.waitForChange(1), "nothing happened yet");
        for (List<Move> batch : batches) {
            boolean[] before = present.clone();
            int[] events = new int[3];
            for (Move move : batch) {
                SimulatedTerminal terminal = readers.terminal(NAMES[move.reader()]);
                if (move.insert() && !present[move.reader()]) {
                    terminal.insert(CARDS[move.reader()]);
                    present[move.reader()] = true;
                    events[move.reader()]++;
                } else if (!move.insert() && present[move.reader()]) {
                    terminal.remove();
                    present[move.reader()] = false;
                    events[move.reader()]++;
                }
            }
            boolean anyEvent = events[0] + events[1] + events[2] > 0;
            assertEquals(anyEvent, view.waitForChange(1), () -> "batch " + batch);
            if (!anyEvent) {
                continue;
            }
            Set<String> inserted = new HashSet<>();
            Set<String> removed = new HashSet<>();
            for (int i = 0; i < 3; i++) {
                if (events[i] > 1 || (events[i] == 1 && present[i])) {
                    inserted.add(NAMES[i]);
                }
                if (events[i] > 1 || (events[i] == 1 && !present[i])) {
                    removed.add(NAMES[i]);
                }
                assertEquals(before[i] ^ (events[i] % 2 == 1), present[i]);
            }
            assertEquals(inserted, names(view.list(CardTerminals.State.CARD_INSERTION)));
            assertEquals(removed, names(view.list(CardTerminals.State.CARD_REMOVAL)));
            Set<String> expectedPresent = new HashSet<>();
            for (int i = 0; i < 3; i++) {
                if (present[i]) {
                    expectedPresent.add(NAMES[i]);
                }
            }
            assertEquals(expectedPresent, names(view.list(CardTerminals.State.CARD_PRESENT)));
        }
    }

    private static Set<String> names(List<CardTerminal> terminals) {
        List<String> names = new ArrayList<>();
        terminals.forEach(t -> names.add(t.getName()));
        return new HashSet<>(names);
    }
}
