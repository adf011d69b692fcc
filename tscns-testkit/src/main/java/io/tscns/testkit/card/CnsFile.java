package io.tscns.testkit.card;

import java.util.Arrays;

/**
 * The elementary files of the CNS file system the simulated card holds, with their paths from the MF
 * ({@code cns-card.md §1.1}, OpenSC's {@code itacns} table). The DFs are fixed: DF0 {@code 1000} (card data), DF1
 * {@code 1100} (holder data), DF2 {@code 1200} (services).
 *
 * <p>The content formats of {@link #PROCESSOR_DATA}, the DF2 files and the MF files other than the public key are
 * not public ({@code cns-card.md §9}, item 2): the card holds whatever bytes it is given for them.
 */
public enum CnsFile {

    /** EF.Dati_processore (chip data), 3F00/1000/1002. */
    PROCESSOR_DATA("EF.Dati_processore", 0x1000, 0x1002),
    /** EF.ID_Carta (card serial: 16 ASCII digits), 3F00/1000/1003. */
    CARD_ID("EF.ID_Carta", 0x1000, 0x1003),
    /** The authentication certificate "CNS0" (X.509 DER), 3F00/1100/1101. */
    AUTHENTICATION_CERTIFICATE("certificato di autenticazione CNS0", 0x1100, 0x1101),
    /** EF.Dati_personali (holder data, ASCII fields padded with zeros), 3F00/1100/1102. */
    PERSONAL_DATA("EF.Dati_personali", 0x1100, 0x1102),
    /** EF.Dati_personali_aggiuntivi (additional holder data), 3F00/1200/1201. */
    ADDITIONAL_PERSONAL_DATA("EF.Dati_personali_aggiuntivi", 0x1200, 0x1201),
    /** EF.Memoria_residua (remaining memory), 3F00/1200/1202. */
    REMAINING_MEMORY("EF.Memoria_residua", 0x1200, 0x1202),
    /** EF.Servizi_installati (installed services), 3F00/1200/1203. */
    INSTALLED_SERVICES("EF.Servizi_installati", 0x1200, 0x1203),
    /** EF.INST_FILE (service installation file), 3F00/1200/4142. */
    INSTALLATION_FILE("EF.INST_FILE", 0x1200, 0x4142),
    /** The public key of CNS0, an internal key file the card uses but never reads out, 3F00/3F01. */
    PUBLIC_KEY("chiave pubblica CNS0", 0x3F01),
    /** EF.CardStatus (card status), 3F00/3F02. */
    CARD_STATUS("EF.CardStatus", 0x3F02),
    /** EF.GDO, 3F00/2F02. */
    GDO("EF.GDO", 0x2F02),
    /** EF.RootInstFile (root installation file), 3F00/0405. */
    ROOT_INSTALLATION_FILE("EF.RootInstFile", 0x0405);

    private final String italianName;
    private final int[] path;

    CnsFile(String italianName, int... path) {
        this.italianName = italianName;
        this.path = path;
    }

    /**
     * Returns the file's name in the CNS documents.
     *
     * @return for example {@code EF.Dati_personali}
     */
    public String italianName() {
        return italianName;
    }

    /**
     * Returns the FIDs from the MF (excluded) down to this file.
     *
     * @return a new array, for example {@code {0x1100, 0x1102}}
     */
    public int[] path() {
        return path.clone();
    }

    /**
     * Returns the file's own FID.
     *
     * @return the last element of {@link #path()}
     */
    public int fid() {
        return path[path.length - 1];
    }

    /**
     * Returns the path as SELECT P1 = 08 takes it: the FIDs after the MF, two bytes each.
     *
     * @return a new array, for example {@code 11 00 11 02}
     */
    public byte[] selectPath() {
        byte[] bytes = new byte[path.length * 2];
        for (int i = 0; i < path.length; i++) {
            bytes[2 * i] = (byte) (path[i] >>> 8);
            bytes[2 * i + 1] = (byte) path[i];
        }
        return bytes;
    }

    /**
     * Describes the file by its Italian name and path.
     *
     * @return for example {@code EF.Dati_personali (3F00/1100/1102)}
     */
    public String describe() {
        StringBuilder sb = new StringBuilder(italianName).append(" (3F00");
        Arrays.stream(path).forEach(fid -> sb.append('/').append(String.format("%04X", fid)));
        return sb.append(')').toString();
    }
}
