/**
 * The TS-CNS domain model (Tessera Sanitaria - Carta Nazionale dei Servizi), with no I/O and no dependency
 * beyond the JDK: codice fiscale, card identifiers and the TEAM number, the personal-data file
 * (EF.Dati_personali), PIN, PUK and CIP with their split delivery, the card lifecycle, the activation rules of
 * the operating manual, FSE consents and a tamper-evident audit chain.
 *
 * <p>This package holds what every area shares: the root {@link io.tscns.core.TscnsException}, the
 * {@link io.tscns.core.Problem} contract that every typed failure family implements (a stable code and a sentence),
 * and {@link io.tscns.core.StableCode} for the enums a CMS stores. Each area lives in its own sub-package.
 */
package io.tscns.core;
