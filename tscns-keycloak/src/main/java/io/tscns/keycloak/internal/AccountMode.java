package io.tscns.keycloak.internal;

/**
 * What a CNS login does for a citizen no Keycloak user is linked to yet (<i>cittadino senza utenza</i>).
 */
public enum AccountMode {
    /** Creates the user just in time: username and link attribute from the codice fiscale, names from the certificate. */
    CREATE,
    /**
     * Signs in only citizens already linked; for anyone else the step is "attempted", so that the flow's other
     * alternatives (a password form, an identity provider) still let them in.
     */
    LINK_ONLY,
    /** Signs in only citizens already linked and refuses anyone else with a page that says so. */
    REFUSE
}
