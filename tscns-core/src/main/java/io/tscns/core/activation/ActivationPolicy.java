package io.tscns.core.activation;

import java.util.Objects;

/**
 * The activation rules on which issuers differ (<i>regole di attivazione dell'ente emettitore</i>). Two presets
 * cover the sources: {@link #TOSCANA_2_0} and {@link #STRICT}; any other combination can be built.
 *
 * <p>Immutable and thread-safe.
 *
 * @param expiredDocuments           whether an expired identity document is accepted with the declaration of
 *                                   DPR 445/2000 art. 45 c.3, and from whom
 * @param medicalCertificateRequired whether a delegation for health reasons needs a medical certificate of the
 *                                   impediment
 */
public record ActivationPolicy(ExpiredDocumentRule expiredDocuments, boolean medicalCertificateRequired) {

    /**
     * Regione Toscana, Manuale Operativo v2.0: an expired document is accepted from the holder with the art. 45 c.3
     * declaration (§8.1.2); a health delegation needs the delegation form and a copy of the holder's document, and no
     * medical certificate (§8.3.2).
     */
    public static final ActivationPolicy TOSCANA_2_0 =
            new ActivationPolicy(ExpiredDocumentRule.HOLDER_WITH_DECLARATION, false);

    /**
     * The strictest practice found: no expired document (ASL CN2 Piemonte) and a medical certificate, without
     * diagnosis, for a health delegation (Sardegna, Bolzano); {@code docs/cms.md §4}.
     */
    public static final ActivationPolicy STRICT = new ActivationPolicy(ExpiredDocumentRule.NEVER, true);

    /**
     * Checks the component.
     */
    public ActivationPolicy {
        Objects.requireNonNull(expiredDocuments, "expiredDocuments");
    }
}
