package io.tscns.core.lifecycle;

/**
 * Whether the counter checked the holder's CIP (<i>Codice Identificativo Personale</i>) before a revocation request
 * ("inserire il motivo della richiesta ed il codice CIP ... e selezionare 'verifica CIP'", Toscana manual v2.0
 * §10.7 step 6; glossary §3.2.10).
 *
 * <p>The lifecycle never sees the CIP itself: the CMS compares it (in constant time, with the secret types) and
 * passes only the outcome here, so no secret can reach a transition, its result or an exception message.
 *
 * @since 0.1.0
 */
public enum CipVerification {

    /** The CIP given matched the one released at activation. */
    VERIFIED,
    /** No CIP was given, or it was not checked. A wrong CIP is the CMS's error, never a lifecycle event. */
    NOT_VERIFIED
}
