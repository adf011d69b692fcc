package io.tscns.cms.documents;

/**
 * The kinds of counter document, with the Italian title each prints and a file name for it. Where the public texts
 * name the document, the title is their name (see {@code docs/documents.md §1}).
 *
 * @since 0.1.0
 */
public enum DocumentKind {

    /** Manual §10.1 step 12: the summary handed over with the first halves of the codes. */
    ACTIVATION_RECEIPT("Stampa riepilogativa dell'attivazione della TS-CNS", "ricevuta-attivazione"),
    /** DM 2011 Allegato 2 point 1b: the request for PIN and PUK, with the consent to activation. */
    ACTIVATION_REQUEST(
            "Modulo di richiesta di attivazione della TS-CNS (richiesta rilascio codici PIN e PUK)",
            "richiesta-attivazione"),
    /** Manual §8.1.2: the declaration that an expired document's data have not changed (DPR 445/2000 art. 45 c.3). */
    EXPIRED_DOCUMENT_DECLARATION(
            "Dichiarazione sostitutiva: dati del documento di riconoscimento non variati",
            "dichiarazione-documento-scaduto"),
    /** Manual §8.3.1, §10.2 step 8: the parent's, guardian's or curator's self-declaration. */
    REPRESENTATIVE_DECLARATION(
            "Dichiarazione sostitutiva di potestà genitoriale, tutela o curatela", "dichiarazione-potesta-tutela"),
    /** Manual §10.1 step 10: the self-declaration the delegate signs when the holder is not present. */
    HEALTH_DELEGATE_DECLARATION(
            "Dichiarazione sostitutiva del delegato per motivi di salute", "dichiarazione-delegato"),
    /** Manual §8.3.2, §10.3 step 12: the holder's delegation form. */
    DELEGATION_FORM("Modello di delega TS-CNS", "modello-delega"),
    /** Manual §10.4 step 6: the summary of the FSE consents recorded. */
    FSE_CONSENT_SUMMARY(
            "Stampa riepilogativa dei consensi al Fascicolo Sanitario Elettronico", "riepilogo-consensi-fse"),
    /** DM 2011 Allegato 2 point 2: the consent form for health data. */
    HEALTH_DATA_CONSENT_FORM(
            "Modulo di consenso al trattamento dei dati idonei a rilevare lo stato di salute", "consenso-dati-salute"),
    /** DM 2011 Allegato 2 point 1c: PIN and PUK printed in a sealed envelope with the activation request. */
    SEALED_ENVELOPE_LETTER("Codici PIN e PUK della TS-CNS in busta chiusa", "busta-codici"),
    /** Manual §10.6: the summary of a PIN/PUK reprint, with the first halves of PIN and PUK. */
    REPRINT_RECEIPT("Stampa riepilogativa della ristampa dei codici PIN e PUK della TS-CNS", "ricevuta-ristampa");

    private final String title;
    private final String fileStem;

    DocumentKind(String title, String fileStem) {
        this.title = title;
        this.fileStem = fileStem;
    }

    /** @return the title printed at the top of the document, in Italian */
    public String title() {
        return title;
    }

    /** @return a file name stem for the document, lower-case ASCII words joined by {@code -} */
    public String fileStem() {
        return fileStem;
    }
}
