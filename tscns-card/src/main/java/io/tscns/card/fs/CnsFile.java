package io.tscns.card.fs;

/**
 * The elementary files of a CNS that the SDK reads (<i>file elementari della CNS</i>), with their absolute paths
 * as OpenSC's CNS driver uses them ({@code docs/card.md §1.1}). All of them are readable without a PIN.
 *
 * <p>{@link #cacheable()} marks the files written once at personalisation, which {@link CardFileCache} may keep
 * for a card; the DF2 service files and the status files can change during the card's life and are always read
 * from the card.
 *
 * @since 0.1.0
 */
public enum CnsFile {

    /** <i>EF.Dati_processore</i>: chip data, format not public ({@code docs/card.md §3.2}). */
    CHIP_DATA("3F00/1000/1002", true),
    /** <i>EF.ID_Carta</i>: the card's 16-digit serial number ({@code docs/card.md §3.1}). */
    CARD_ID("3F00/1000/1003", false),
    /** <i>Certificato di autenticazione</i> (CNS0): the holder's X.509 authentication certificate, DER. */
    AUTHENTICATION_CERTIFICATE("3F00/1100/1101", true),
    /** <i>EF.Dati_personali</i>: the holder's personal data ({@code docs/card.md §2}). */
    PERSONAL_DATA("3F00/1100/1102", true),
    /** <i>EF.Dati_personali_aggiuntivi</i>: additional personal data (DF2), format not public. */
    ADDITIONAL_PERSONAL_DATA("3F00/1200/1201", false),
    /** <i>EF.Memoria_residua</i>: remaining memory (DF2). */
    REMAINING_MEMORY("3F00/1200/1202", false),
    /** <i>EF.Servizi_installati</i>: installed services (DF2). */
    INSTALLED_SERVICES("3F00/1200/1203", false),
    /** <i>EF.INST_FILE</i>: service installation file (DF2). */
    INSTALLATION_FILE("3F00/1200/4142", false),
    /** <i>EF.CardStatus</i>: card status, under the MF. */
    CARD_STATUS("3F00/3F02", false),
    /** <i>EF.GDO</i>: global data objects, under the MF. */
    GDO("3F00/2F02", false),
    /** <i>EF.RootInstFile</i>: root installation file, under the MF. */
    ROOT_INSTALLATION_FILE("3F00/0405", false);

    private final CardPath path;
    private final boolean cacheable;

    CnsFile(String path, boolean cacheable) {
        this.path = CardPath.parse(path);
        this.cacheable = cacheable;
    }

    /**
     * Returns the file's absolute path.
     *
     * @return e.g. {@code 3F00/1000/1003}
     */
    public CardPath path() {
        return path;
    }

    /**
     * Tells whether the file is written once at personalisation, so a cache may keep it for the card.
     *
     * @return {@code true} for chip data, authentication certificate and personal data
     */
    public boolean cacheable() {
        return cacheable;
    }
}
