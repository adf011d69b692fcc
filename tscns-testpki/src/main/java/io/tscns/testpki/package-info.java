/**
 * The test PKI (<i>infrastruttura a chiave pubblica di prova</i>): test CAs named like the Italian citizen CAs but
 * marked as test material, the CNS authentication certificate profile ({@code docs/card.md §6},
 * {@code docs/cms.md §6.3}) and its bad variants, CMS operator and TLS server certificates with the JDK TLS
 * contexts for mutual TLS, CRLs (full, delta, stale, malformed, and a streamed million-entry CRL), OCSP responses
 * and an in-process OCSP/CRL HTTP server with fault injection, and ETSI TS 119 612 trusted lists signed with
 * XML-DSig.
 *
 * <p>Start from {@link io.tscns.testpki.TestPki}: {@code TestPki.standard().issuingCa(TestIssuer.TOSCANA)}
 * gives a CA whose {@code cnsAuthentication(subject, key)} returns the profile as a builder; change one field for a
 * bad variant and call {@code issue}.
 *
 * <p>Bouncy Castle builds certificates and OCSP responses; CRLs are written by a streaming DER writer and signed
 * with the JDK's {@link java.security.Signature}; trusted lists are signed with the JDK's XML-DSig. No provider is
 * registered globally.
 */
package io.tscns.testpki;
