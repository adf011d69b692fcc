/**
 * The activation of a TS-CNS card at a counter (<i>attivazione della TS-CNS</i>, release of the secret codes): the
 * three modes (holder in person, delegate for health reasons, legal representative), the identity document and the
 * declaration of DPR 445/2000 art. 45 c.3 for an expired one, the papers each mode requires, the issuer's
 * configurable rules, and a validator that reports every violation of a request at once.
 *
 * <p>Sources: Toscana manual v2.0 §8 (identification), §9.1.5 and §10.1–§10.3 (procedures); DM 20 giugno 2011
 * Allegato 2 point 1; {@code docs/cms.md §1.1}, §4 and §4.1. Every type is immutable and thread-safe; no clock is
 * read.
 */
package io.tscns.core.activation;
