package io.tscns.card.generation;

import io.tscns.card.fs.CardPath;
import io.tscns.card.fs.CnsFile;
import io.tscns.card.fs.PathOrigin;
import io.tscns.card.profile.Quirks;
import io.tscns.card.profile.SigningMethod;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The table of CNS card generations (<i>generazioni di carte</i>) and the order in which applications are tried.
 * Each entry is data with its source in {@code docs/card.md §10}:
 *
 * <ul>
 *   <li>{@link #CLASSIC}: every CNS recognised from its ATR; absolute paths from the MF, no application.</li>
 *   <li>{@link #ACE_2025}: the ACe 2025 applet card; AID {@code A0 00 00 05 30 00 0B 10 40 01 02 1A}, paths from the
 *       application (P1 = 09), card id in D003 as BCD, certificate in DA01/C001; PIN and signing unknown.</li>
 *   <li>{@link #ST2022_NFC}: the ST2022 over its contactless interface; AID {@code A0 00 00 00 95 01 00 4D}, model
 *       check GET DATA 01 80 = "JSign4", then the classic paths under the application; RSA-2048, extended
 *       length.</li>
 * </ul>
 *
 * A card whose ATR a CNS rule recognises is {@link #CLASSIC} until its classic EF.ID_Carta turns out absent; then,
 * as a card whose ATR no rule knows, it is the first generation whose application it selects. Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class CardGenerations {

    /** Classic CNS cards: the layout of {@code docs/card.md §1.1}, read from the MF. */
    public static final CardGeneration CLASSIC = new CardGeneration(
            "classic",
            "CNS recognised from its ATR: files by absolute path from the MF",
            "docs/card.md §1.1, §4",
            new FileAccess.FromMasterFile(),
            classicFiles(),
            CardIdEncoding.ASCII_DIGITS,
            Quirks.CNS_DEFAULTS,
            Set.of());

    /** The ACe 2025 applet card ({@code docs/card.md §10.1}). */
    public static final CardGeneration ACE_2025 = new CardGeneration(
            "ace2025",
            "ACe 2025 applet card: application A000000530000B104001021A, files relative to it",
            "docs/card.md §10.1",
            new FileAccess.ThroughApplication(
                    ApplicationId.parse("A0 00 00 05 30 00 0B 10 40 01 02 1A"),
                    PathOrigin.CURRENT_DF,
                    Optional.empty()),
            Map.of(
                    CnsFile.CARD_ID,
                    CardPath.parse("3F00/D003"),
                    CnsFile.PERSONAL_DATA,
                    CardPath.parse("3F00/1100/1102"),
                    CnsFile.AUTHENTICATION_CERTIFICATE,
                    CardPath.parse("3F00/DA01/C001")),
            CardIdEncoding.PACKED_BCD,
            new Quirks(0x10, 0x11, 0x01, 0x03, Set.of(2048), false, SigningMethod.RAW_RSA_DECIPHER, 255),
            Set.of(CardOperation.PIN, CardOperation.SIGNING, CardOperation.CHALLENGE));

    /** The ST2022 over its contactless interface ({@code docs/card.md §10.2}). */
    public static final CardGeneration ST2022_NFC = new CardGeneration(
            "st2022-nfc",
            "ST2022 over NFC: application A00000009501004D (model JSign4), classic paths under it",
            "docs/card.md §10.2",
            new FileAccess.ThroughApplication(
                    ApplicationId.parse("A0 00 00 00 95 01 00 4D"),
                    PathOrigin.MASTER_FILE,
                    Optional.of(new FileAccess.ModelCheck(0x0180, "JSign4"))),
            classicFiles(),
            CardIdEncoding.ASCII_DIGITS,
            new Quirks(0x10, 0x11, 0x01, 0x03, Set.of(2048), true, SigningMethod.RAW_RSA_DECIPHER, 255),
            Set.of());

    private static final CardGenerations STANDARD = new CardGenerations(List.of(CLASSIC, ACE_2025, ST2022_NFC));

    private final List<CardGeneration> generations;

    private CardGenerations(List<CardGeneration> generations) {
        this.generations = List.copyOf(generations);
    }

    /**
     * Returns the known generations.
     *
     * @return the standard table
     */
    public static CardGenerations standard() {
        return STANDARD;
    }

    /**
     * Returns a table with one more generation, whose application is tried after the existing ones.
     *
     * @param generation the new generation
     * @return a new table
     * @throws IllegalArgumentException if a generation of that name is already in the table
     */
    public CardGenerations with(CardGeneration generation) {
        if (byName(generation.name()).isPresent()) {
            throw new IllegalArgumentException("the table already has a generation named " + generation.name());
        }
        List<CardGeneration> extended = new ArrayList<>(generations);
        extended.add(generation);
        return new CardGenerations(extended);
    }

    /**
     * Returns every generation, in table order.
     *
     * @return the generations
     */
    public List<CardGeneration> all() {
        return generations;
    }

    /**
     * Returns the generations that are recognised by selecting their application, in the order they are tried.
     *
     * @return the applet-based generations
     */
    public List<CardGeneration> withApplication() {
        return generations.stream().filter(g -> g.application().isPresent()).toList();
    }

    /**
     * Finds a generation by name.
     *
     * @param name e.g. {@code "ace2025"}
     * @return the generation, or empty
     */
    public Optional<CardGeneration> byName(String name) {
        return generations.stream().filter(g -> g.name().equals(name)).findFirst();
    }

    private static Map<CnsFile, CardPath> classicFiles() {
        Map<CnsFile, CardPath> files = new EnumMap<>(CnsFile.class);
        for (CnsFile file : CnsFile.values()) {
            files.put(file, file.path());
        }
        return files;
    }
}
