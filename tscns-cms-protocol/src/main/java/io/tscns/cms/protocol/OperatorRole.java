package io.tscns.cms.protocol;

/**
 * The kind of counter an operator works at (<i>tipologia di sportello</i>): part of the protocol's vocabulary, in an
 * operator's profile ({@link OperatorProfile#role()}). Every operator has personal credentials, never shared (DM 20
 * giugno 2011, Allegato 2). Counters are run by the local health authorities, pharmacies and other bodies the region
 * authorises (§5.3), and a call centre identifies holders by codice fiscale and CIP ({@code docs/cms.md §1.3}, §2).
 *
 * <p>Which role may call which operation is each server's policy, not the protocol's: a server refuses a call with
 * {@code forbidden-role} (and, for rules that depend on the card or the counter, {@code other-region} or
 * {@code reissue-not-enabled}). The tscns sandbox CMS documents its role matrix in {@code tscns-cms-sandbox}.
 *
 * @since 0.1.0
 */
public enum OperatorRole {

    /** A counter of a local health authority (<i>sportello aziendale ASL</i>). */
    ASL_COUNTER,
    /** A pharmacy counter (<i>sportello farmacia</i>). */
    PHARMACY,
    /** The call centre (<i>call center</i>; identifies the holder by codice fiscale and CIP, §8.2). */
    CALL_CENTER,
    /**
     * The issuing body's own staff (<i>ente emettitore, anche tramite suoi incaricati</i>): administrators, who may
     * also identify the holder and release the codes themselves (Toscana manual v2.0 §8.1, §8.1.1).
     */
    ISSUER_ADMIN,
    /**
     * A counter of another body the region explicitly authorises (<i>altri soggetti esplicitamente autorizzati dalla
     * Regione</i>, Toscana manual v2.0 §5.3), e.g. a municipality (<i>comune</i>): an activation counter.
     */
    AUTHORISED_BODY
}
