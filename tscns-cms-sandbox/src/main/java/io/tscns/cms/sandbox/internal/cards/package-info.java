/**
 * Operator login with the operator's own card (not exported; Toscana manual v2.0 §10.1 step 2): the check of a CNS
 * authentication certificate presented as a TLS client certificate — a trusted CNS CA, its validity, a fresh CRL,
 * the CNS authentication profile — and the codice fiscale it names ({@code docs/cms.md §6.3}), which the HTTP front
 * looks up in the operator registry. Knows no HTTP and no protocol record.
 */
package io.tscns.cms.sandbox.internal.cards;
