/**
 * Challenge-response login with the card (<i>autenticazione a sfida e risposta</i>): single-use, expiring,
 * domain-separated challenges and the verification of the signature {@code CnsCard.authenticate} returns. Entry
 * point: {@link io.tscns.auth.challenge.ChallengeVerifier}.
 */
package io.tscns.auth.challenge;
