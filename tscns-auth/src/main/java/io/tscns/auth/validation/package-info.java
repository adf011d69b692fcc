/**
 * Validation of a CNS login certificate into a typed verdict (<i>esito della verifica</i>): chain, validity, policy,
 * key usage, extended key usage, identity and revocation, with every reason for a rejection. Entry point:
 * {@link io.tscns.auth.validation.CnsCertificateValidator}.
 */
package io.tscns.auth.validation;
