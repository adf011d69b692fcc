package io.tscns.simcard;

import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * Where an applet-based card generation keeps the CNS files (<i>disposizione dell'applicazione</i>): its
 * application's AID, the path of each file below the application (which names itself 3F00 and acts as the MF), how
 * the card id is stored, and the model a GET DATA 01 80 answers ({@code docs/card.md §10}). Data for
 * {@link SimulatedProfile}; immutable.
 *
 * @param aidHex     the application identifier in hexadecimal
 * @param paths      the path below the application of each file the generation holds; files not named are absent
 * @param cardIdBcd  whether the card id is 8 bytes of packed BCD followed by 2 more bytes (ACe 2025) rather than 16
 *                   ASCII digits
 * @param model      the ASCII answer to GET DATA {@code 00 CA 01 80}, if the generation has one
 */
record AppletLayout(String aidHex, Map<CardFile, int[]> paths, boolean cardIdBcd, Optional<String> model) {

    /** Tag (P1 P2) of the GET DATA the ST2022 answers with its model ({@code docs/card.md §10.2}). */
    static final int MODEL_TAG = 0x0180;

    /** The ACe 2025 applet ({@code docs/card.md §10.1}): card id D003, personal data 1100/1102, certificate DA01/C001. */
    static final AppletLayout ACE_2025 = new AppletLayout(
            "A000000530000B104001021A",
            Map.of(
                    CardFile.CARD_ID,
                    new int[] {0xD003},
                    CardFile.PERSONAL_DATA,
                    new int[] {0x1100, 0x1102},
                    CardFile.AUTHENTICATION_CERTIFICATE,
                    new int[] {0xDA01, 0xC001}),
            true,
            Optional.empty());

    /** The ST2022 over NFC ({@code docs/card.md §10.2}): the classic layout under its application, model JSign4. */
    static final AppletLayout ST2022_NFC =
            new AppletLayout("A00000009501004D", classic(), false, Optional.of("JSign4"));

    AppletLayout {
        paths = Map.copyOf(paths);
    }

    /**
     * Returns the AID.
     *
     * @return the bytes of the application identifier
     */
    byte[] aid() {
        return HexFormat.of().parseHex(aidHex);
    }

    private static Map<CardFile, int[]> classic() {
        Map<CardFile, int[]> paths = new java.util.EnumMap<>(CardFile.class);
        for (CardFile file : CardFile.values()) {
            paths.put(file, file.pathBelowMf());
        }
        return paths;
    }
}
