package io.tscns.card.generation;

import io.tscns.card.fs.CardPath;
import io.tscns.card.fs.CnsFile;
import io.tscns.card.profile.Quirks;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A card generation (<i>generazione di carte</i>) as data: how its file system is reached, where its files live,
 * how it stores the card id, the behaviour to assume when its ATR says nothing, and which operations' APDU
 * sequences are not public. {@link CardGenerations} holds the known ones with their sources
 * ({@code docs/card.md §10}); a new generation is one more record, not new code. Immutable.
 *
 * @param name           a short stable name, e.g. {@code "ace2025"}
 * @param description    what the generation is, for people
 * @param source         where the facts come from, e.g. {@code "docs/card.md §10.1"}
 * @param access         how the file system is reached
 * @param files          where each file this generation is known to hold lives ({@link CardPath}s start at the MF or
 *                       at the application acting as the MF); a file not in the map is not known on this generation
 * @param cardIdEncoding how {@link CnsFile#CARD_ID} holds the card id
 * @param quirks         the behaviour to assume for a card recognised by its application, whose ATR says nothing
 * @param unknown        the operations whose APDU sequence the public facts do not give; the SDK refuses them
 * @since 0.1.0
 */
public record CardGeneration(
        String name,
        String description,
        String source,
        FileAccess access,
        Map<CnsFile, CardPath> files,
        CardIdEncoding cardIdEncoding,
        Quirks quirks,
        Set<CardOperation> unknown) {

    /**
     * Checks the components and copies the collections.
     *
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if the generation does not locate the card id
     */
    public CardGeneration {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(access, "access");
        files = Map.copyOf(files);
        Objects.requireNonNull(cardIdEncoding, "cardIdEncoding");
        Objects.requireNonNull(quirks, "quirks");
        unknown = unknown.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(unknown));
        if (!files.containsKey(CnsFile.CARD_ID)) {
            throw new IllegalArgumentException("generation " + name + " must say where the card id is");
        }
    }

    /**
     * Returns where a file lives on this generation.
     *
     * @param file the file
     * @return its path, or empty if the generation is not known to hold it
     */
    public Optional<CardPath> location(CnsFile file) {
        return Optional.ofNullable(files.get(file));
    }

    /**
     * Returns the application to select before any file, if the generation has one.
     *
     * @return the AID, empty for classic cards
     */
    public Optional<ApplicationId> application() {
        return access instanceof FileAccess.ThroughApplication app ? Optional.of(app.application()) : Optional.empty();
    }

    /**
     * Tells whether the public facts give this operation's APDU sequence.
     *
     * @param operation the operation
     * @return {@code false} if the SDK must refuse it on this generation
     */
    public boolean supports(CardOperation operation) {
        return !unknown.contains(operation);
    }

    @Override
    public String toString() {
        return name;
    }
}
