package io.tscns.core.activation;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The activation rules on which issuers differ (<i>regole di attivazione dell'ente emettitore</i>): who may ask for
 * the codes, which documents are accepted and which papers a delegation needs. Three presets cover the sources:
 * {@link #TOSCANA_2_0}, {@link #DM_2011} and {@link #STRICT}; any other combination can be built.
 *
 * <p>Immutable and thread-safe.
 *
 * @param expiredDocuments           whether an expired identity document is accepted with the declaration of
 *                                   DPR 445/2000 art. 45 c.3, and from whom
 * @param medicalCertificateRequired whether a delegation for health reasons needs a medical certificate of the
 *                                   impediment
 * @param modes                      who may ask for the codes: the activation modes offered (at least one)
 * @param representatives            in which capacities a legal representative may act, if that mode is offered
 * @since 0.1.0
 */
public record ActivationPolicy(
        ExpiredDocumentRule expiredDocuments,
        boolean medicalCertificateRequired,
        Set<ActivationMode> modes,
        Set<LegalRepresentativeRole> representatives) {

    /**
     * Regione Toscana, Manuale Operativo v2.0: an expired document is accepted from the holder with the art. 45 c.3
     * declaration (§8.1.2); a health delegation needs the delegation form and a copy of the holder's document, and no
     * medical certificate (§8.3.2).
     */
    public static final ActivationPolicy TOSCANA_2_0 =
            new ActivationPolicy(ExpiredDocumentRule.HOLDER_WITH_DECLARATION, false);

    /**
     * DM 20 giugno 2011, Allegato 2 point 1a: the identity document registered is "del richiedente, del tutore o dei
     * genitori in caso di minore", so the codes are asked for by the holder in person, a guardian or a parent; the DM
     * names neither a curator nor a delegate for health reasons. It is silent on expired documents: this preset
     * accepts none (an inference, {@code docs/cms.md §9.7}; the art. 45 c.3 declaration proves data, and whether it
     * identifies someone is the issuer's choice, §4).
     */
    public static final ActivationPolicy DM_2011 = new ActivationPolicy(
            ExpiredDocumentRule.NEVER,
            false,
            Set.of(ActivationMode.DIRECT, ActivationMode.LEGAL_REPRESENTATIVE),
            Set.of(LegalRepresentativeRole.PARENT, LegalRepresentativeRole.GUARDIAN));

    /**
     * The strictest practice found: no expired document (ASL CN2 Piemonte) and a medical certificate, without
     * diagnosis, for a health delegation (Sardegna, Bolzano); {@code docs/cms.md §4}.
     */
    public static final ActivationPolicy STRICT = new ActivationPolicy(ExpiredDocumentRule.NEVER, true);

    /**
     * Checks the components and copies the sets.
     *
     * @throws IllegalArgumentException if no mode is offered
     */
    public ActivationPolicy {
        Objects.requireNonNull(expiredDocuments, "expiredDocuments");
        Objects.requireNonNull(modes, "modes");
        Objects.requireNonNull(representatives, "representatives");
        if (modes.isEmpty()) {
            throw new IllegalArgumentException("an activation policy offers at least one mode");
        }
        modes = Collections.unmodifiableSet(EnumSet.copyOf(modes));
        representatives =
                representatives.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(representatives));
    }

    /**
     * A policy that offers every mode and every representative's capacity (the Toscana manual v2.0 §10.1–§10.3).
     *
     * @param expiredDocuments           whether an expired identity document is accepted, and from whom
     * @param medicalCertificateRequired whether a health delegation needs a medical certificate
     */
    public ActivationPolicy(ExpiredDocumentRule expiredDocuments, boolean medicalCertificateRequired) {
        this(
                expiredDocuments,
                medicalCertificateRequired,
                EnumSet.allOf(ActivationMode.class),
                EnumSet.allOf(LegalRepresentativeRole.class));
    }
}
