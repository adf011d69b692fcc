/**
 * Consents to the Fascicolo Sanitario Elettronico (<i>consensi FSE</i>) that a counter records with or after a card
 * activation: the kinds (feeding, consultation, the <i>pregresso</i> as inclusion before 2020 and as objection
 * after), given or withdrawn, the legal regime in force on a date with what it requires or allows, and the record
 * and history a CMS keeps.
 *
 * <p>Sources: {@code docs/cms.md §5} (before and after DL 34/2020 art. 11, FSE 2.0), Toscana manual v2.0 §10.1
 * step 11 and §10.4, DM 20 giugno 2011 Allegato 2 point 2, and DM 7 settembre 2023 art. 27. Where a rule is an
 * inference, its Javadoc says so. Every type is immutable and thread-safe; no clock is read.
 */
package io.tscns.core.consent;
