package io.tscns.simcard;

/**
 * The elementary files a TS-CNS card may hold, as the simulated card lays them out (<i>file system della CNS</i>):
 * each with its path of file identifiers from the MF. The simulator keeps this table itself rather than using
 * tscns-card's, so that the card it simulates stays an independent check of the SDK that reads it
 * ({@code docs/card.md §1.1}).
 *
 * @since 0.1.0
 */
public enum CardFile {

    /** EF.Dati_processore, the chip data: 3F00/1000/1002. */
    CHIP_DATA(0x1000, 0x1002),
    /** EF.ID_Carta, the card identifier: 3F00/1000/1003. */
    CARD_ID(0x1000, 0x1003),
    /** The authentication certificate (CNS0), DER: 3F00/1100/1101. */
    AUTHENTICATION_CERTIFICATE(0x1100, 0x1101),
    /** EF.Dati_personali, the holder's personal data: 3F00/1100/1102. */
    PERSONAL_DATA(0x1100, 0x1102),
    /** EF.Dati_personali_aggiuntivi: 3F00/1200/1201. */
    ADDITIONAL_PERSONAL_DATA(0x1200, 0x1201),
    /** EF.Memoria_residua: 3F00/1200/1202. */
    REMAINING_MEMORY(0x1200, 0x1202),
    /** EF.Servizi_installati: 3F00/1200/1203. */
    INSTALLED_SERVICES(0x1200, 0x1203),
    /** EF.INST_FILE of DF2: 3F00/1200/4142. */
    INSTALLATION_FILE(0x1200, 0x4142),
    /** EF.CardStatus, the card status, under the MF: 3F00/3F02. */
    CARD_STATUS(0x3F02),
    /** EF.GDO, global data objects, under the MF: 3F00/2F02. */
    GDO(0x2F02),
    /** EF.RootInstFile, the root installation file, under the MF: 3F00/0405. */
    ROOT_INSTALLATION_FILE(0x0405);

    private final int[] path;

    CardFile(int... path) {
        this.path = path;
    }

    /**
     * Returns the file identifiers from below the MF down to the file: the DF (if any), then the EF.
     *
     * @return a copy of the path
     */
    public int[] pathBelowMf() {
        return path.clone();
    }

    /**
     * Returns the path as SELECT by path from the MF ({@code P1 08}) carries it: the FIDs below the MF, two bytes
     * each.
     *
     * @return a new array
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
     * Returns the file's own identifier.
     *
     * @return the FID of the EF
     */
    public int fileId() {
        return path[path.length - 1];
    }

    /**
     * Returns the path as it is written in the documentation, e.g. {@code 3F00/1100/1102}.
     *
     * @return the path text
     */
    public String pathText() {
        StringBuilder text = new StringBuilder("3F00");
        for (int fid : path) {
            text.append('/').append(String.format("%04X", fid));
        }
        return text.toString();
    }
}
