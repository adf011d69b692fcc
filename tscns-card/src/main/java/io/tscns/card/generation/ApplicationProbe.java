package io.tscns.card.generation;

import io.tscns.card.error.UnexpectedResponseException;
import io.tscns.card.fs.CnsFileSystem;
import io.tscns.card.fs.PathOrigin;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Recognises a card by its application rather than its ATR (<i>riconoscimento per applicazione</i>), and enters a
 * generation's application before its files are read ({@code docs/card.md §10}). Stateless; the file system it is
 * given is used by one thread at a time.
 *
 * @since 0.1.0
 */
public final class ApplicationProbe {

    private ApplicationProbe() {}

    /**
     * Tries the application of each generation of the table, in order: SELECT by AID and, where the generation says
     * so, GET DATA of its model. One SELECT per generation tried, plus one GET DATA for an answering application
     * with a model check.
     *
     * @param files the card's file system
     * @param table the generations
     * @return the first generation whose application the card selects (and whose model matches), or empty
     */
    public static Optional<CardGeneration> find(CnsFileSystem files, CardGenerations table) {
        for (CardGeneration generation : table.withApplication()) {
            FileAccess.ThroughApplication app = (FileAccess.ThroughApplication) generation.access();
            if (files.selectApplication(app.application().bytes()) && modelMatches(files, app)) {
                files.pathsFrom(app.origin());
                return Optional.of(generation);
            }
        }
        return Optional.empty();
    }

    /**
     * Makes the generation's files reachable: for an applet-based generation, selects its application (one APDU)
     * and sets where paths start; for a classic card, sets paths from the MF and sends nothing.
     *
     * @param files      the card's file system
     * @param generation the card's generation
     * @throws UnexpectedResponseException if the card no longer selects the application it answered before
     */
    public static void enter(CnsFileSystem files, CardGeneration generation) {
        if (generation.access() instanceof FileAccess.ThroughApplication app) {
            if (!files.selectApplication(app.application().bytes())) {
                throw new UnexpectedResponseException("the card no longer selects application " + app.application()
                        + " of generation " + generation.name());
            }
            files.pathsFrom(app.origin());
        } else {
            files.pathsFrom(PathOrigin.MASTER_FILE);
        }
    }

    private static boolean modelMatches(CnsFileSystem files, FileAccess.ThroughApplication app) {
        if (app.modelCheck().isEmpty()) {
            return true;
        }
        FileAccess.ModelCheck check = app.modelCheck().get();
        byte[] expected = check.expected().getBytes(StandardCharsets.US_ASCII);
        return files.getData(check.tag())
                .map(answer -> Arrays.equals(answer, expected))
                .orElse(false);
    }
}
