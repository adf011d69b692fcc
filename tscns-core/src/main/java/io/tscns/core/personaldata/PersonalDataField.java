package io.tscns.core.personaldata;

/**
 * The sixteen fields of {@code EF.Dati_personali}, in the order they are stored ({@code docs/card.md §2.1}, order
 * and names from OpenSC's itacns driver). Each constant gives the Italian name of the field.
 *
 * @since 0.1.0
 */
public enum PersonalDataField {
    /** <i>Codice emettitore</i>: issuer code, four characters on a TS-CNS ({@code 6090} in a Toscana sample). */
    ISSUER_CODE("codice emettitore"),
    /** <i>Data rilascio</i>: issue date, {@code DDMMYYYY}. */
    ISSUE_DATE("data rilascio"),
    /** <i>Data scadenza</i>: expiry date, {@code DDMMYYYY}. */
    EXPIRY_DATE("data scadenza"),
    /** <i>Cognome</i>: surname, upper case on the cards seen. */
    SURNAME("cognome"),
    /** <i>Nome</i>: given name(s), upper case on the cards seen. */
    NAME("nome"),
    /** <i>Data di nascita</i>: birth date, {@code DDMMYYYY}. */
    BIRTH_DATE("data di nascita"),
    /** <i>Sesso</i>: sex, {@code M} or {@code F}. */
    SEX("sesso"),
    /** <i>Statura</i>: height; empty on TS-CNS cards, format not documented. */
    HEIGHT("statura"),
    /** <i>Codice fiscale</i>: tax code, 16 characters (or the 11-digit temporary code). */
    CODICE_FISCALE("codice fiscale"),
    /** <i>Cittadinanza</i>: citizenship code; empty in the sample seen, format not documented. */
    CITIZENSHIP("cittadinanza"),
    /** <i>Comune di nascita</i>: birth municipality, a four-character cadastral (Belfiore) code such as {@code H501}.
     * */
    BIRTH_MUNICIPALITY("comune di nascita"),
    /** <i>Stato di nascita</i>: birth country; empty in the sample seen, format not documented. */
    BIRTH_COUNTRY("stato di nascita"),
    /** <i>Atto di nascita</i>: reference of the birth act; empty on TS-CNS cards. */
    BIRTH_ACT("atto di nascita"),
    /** <i>Comune di residenza</i>: residence municipality, a four-character cadastral code. */
    RESIDENCE_MUNICIPALITY("comune di residenza"),
    /** <i>Indirizzo di residenza</i>: residence address; empty on the TS-CNS sample. */
    RESIDENCE_ADDRESS("indirizzo di residenza"),
    /** <i>Note espatrio</i>: the "valid for expatriation" note; empty on TS-CNS cards. */
    EXPATRIATION_NOTE("note espatrio");

    private final String italianName;

    PersonalDataField(String italianName) {
        this.italianName = italianName;
    }

    /**
     * Returns the Italian name of the field, as used in the CNS documents.
     *
     * @return for example {@code "data di nascita"}
     */
    public String italianName() {
        return italianName;
    }

    /**
     * Returns the 1-based position of the field in the file.
     *
     * @return 1 to 16
     */
    public int number() {
        return ordinal() + 1;
    }

    /**
     * Returns how error descriptions name the field.
     *
     * @return for example {@code "field 6 (data di nascita)"}
     */
    public String label() {
        return "field " + number() + " (" + italianName + ")";
    }
}
