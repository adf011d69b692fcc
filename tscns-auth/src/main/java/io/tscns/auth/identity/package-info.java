/**
 * The holder's identity in a CNS authentication certificate (<i>identità del titolare</i>): codice fiscale of either
 * kind, card id and personal-data hash from the CN, names, issuing administration, and the certificate kind (CNS,
 * Lombardy CRS, CIE) by policy; the check of the CN hash against EF.Dati_personali. Entry point:
 * {@link io.tscns.auth.identity.CnsIdentities}.
 */
package io.tscns.auth.identity;
