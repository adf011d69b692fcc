package io.tscns.cli.internal;

import io.tscns.card.CnsCard;
import io.tscns.card.CnsCardOptions;
import io.tscns.card.error.NoReaderException;
import io.tscns.card.reader.Readers;
import io.tscns.card.smartcardio.PcscCards;
import io.tscns.cli.CliEnvironment;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;

/**
 * Finds the reader a command works on and opens the card in it (<i>scelta del lettore</i>): the first reader that
 * holds a card, or, with {@code --reader R}, the first whose name contains {@code R} (ignoring case) and holds a
 * card.
 */
public final class CardReaders {

    private CardReaders() {}

    /**
     * Returns the readers of the environment.
     *
     * @param environment the environment
     * @return the readers
     */
    public static Readers readers(CliEnvironment environment) {
        return Readers.using(environment.readers());
    }

    /**
     * Selects a reader that holds a card.
     *
     * @param readers the readers
     * @param name    part of the reader's name, or empty for any reader
     * @return the reader
     * @throws NoReaderException if no reader matches or none of those holds a card (the message lists the readers)
     */
    public static CardTerminal select(Readers readers, Optional<String> name) {
        if (name.isEmpty()) {
            return readers.firstWithCard();
        }
        List<CardTerminal> all = readers.list();
        if (all.isEmpty()) {
            throw new NoReaderException("no smart-card reader is connected");
        }
        String wanted = name.get().toLowerCase(Locale.ROOT);
        List<CardTerminal> matching = all.stream()
                .filter(t -> t.getName().toLowerCase(Locale.ROOT).contains(wanted))
                .toList();
        if (matching.isEmpty()) {
            throw new NoReaderException("no reader's name contains \"" + name.get() + "\"; the readers are "
                    + all.stream().map(CardTerminal::getName).toList());
        }
        return matching.stream()
                .filter(CardReaders::holdsCard)
                .findFirst()
                .orElseThrow(() -> new NoReaderException("no card is inserted in "
                        + matching.stream().map(t -> "\"" + t.getName() + "\"").toList()));
    }

    /**
     * Selects a reader and opens the CNS card in it.
     *
     * @param environment the environment
     * @param name        part of the reader's name, or empty for any reader
     * @return the open card, which the caller closes (the card is reset, so a verified PIN does not outlive it)
     */
    public static OpenCard open(CliEnvironment environment, Optional<String> name) {
        CardTerminal terminal = select(readers(environment), name);
        return new OpenCard(terminal.getName(), PcscCards.open(terminal, CnsCardOptions.defaults()));
    }

    /**
     * Tells whether a reader holds a card, treating a reader that cannot say as empty.
     *
     * @param terminal the reader
     * @return whether a card is present
     */
    public static boolean holdsCard(CardTerminal terminal) {
        try {
            return terminal.isCardPresent();
        } catch (CardException e) {
            return false;
        }
    }

    /**
     * A card opened in a reader.
     *
     * @param reader the reader's name
     * @param card   the card
     */
    public record OpenCard(String reader, CnsCard card) implements AutoCloseable {
        /** Closes the card. */
        @Override
        public void close() {
            card.close();
        }
    }
}
