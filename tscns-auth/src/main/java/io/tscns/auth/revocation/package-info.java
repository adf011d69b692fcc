/**
 * Revocation checking (<i>verifica dello stato di revoca</i>): by CRL with a per-CA cache, by OCSP with a cache of
 * answers, an explicit {@link io.tscns.auth.revocation.FreshnessPolicy}, an injectable clock and transport, and
 * typed reasons when the status is unknown; soft or hard fail is the validator's
 * {@link io.tscns.auth.revocation.FailMode}.
 */
package io.tscns.auth.revocation;
