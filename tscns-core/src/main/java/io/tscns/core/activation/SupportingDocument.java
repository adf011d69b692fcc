package io.tscns.core.activation;

import io.tscns.core.StableCode;

/**
 * A paper the counter must collect besides the identity document (<i>documentazione a corredo</i>). Which ones a mode
 * needs is in {@link ActivationRequirements}.
 *
 * <p>Codes are frozen; see {@link StableCode}. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum SupportingDocument implements StableCode {

    /** The TS-CNS delegation form filled in and signed by the holder (<i>Modello di delega TS-CNS</i>, §8.3.2). */
    DELEGATION_FORM(1, "delegation-form", "modello di delega TS-CNS firmato dal titolare"),
    /** A copy of the holder's identity document (<i>copia del documento di riconoscimento del titolare</i>, §8.3.2). */
    HOLDER_DOCUMENT_COPY(2, "holder-document-copy", "copia del documento di riconoscimento del titolare"),
    /**
     * The representative's signed self-declaration of parental authority or guardianship (<i>dichiarazione
     * sostitutiva</i> of "potestà parentale" or "tutela", §8.3.1 and §10.2 step 8).
     */
    AUTHORITY_SELF_DECLARATION(
            3, "authority-self-declaration", "dichiarazione sostitutiva della potestà genitoriale o della tutela"),
    /**
     * A medical certificate, without diagnosis, of the holder's impediment (<i>certificato medico senza
     * diagnosi</i>). Not in the Toscana manual; Sardegna and Bolzano require it ({@code docs/cms.md §4.1}).
     */
    MEDICAL_CERTIFICATE(4, "medical-certificate", "certificato medico dell'impedimento, senza diagnosi");

    private final Info info;

    SupportingDocument(int code, String id, String italianLabel) {
        this.info = new Info(code, id, italianLabel);
    }

    @Override
    public Info info() {
        return info;
    }
}
