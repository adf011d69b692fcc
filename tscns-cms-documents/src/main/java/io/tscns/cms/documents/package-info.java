/**
 * The documents a TS-CNS counter prints, as PDF/A-2b (<i>stampe dello sportello</i>, Tuscany manual §10.1 steps 10
 * and 12, §10.2 step 8, §10.3, §10.4; DM 20 June 2011 Allegato 2 points 1b and 2; see {@code docs/documents.md}).
 *
 * <p>Each document is an immutable record implementing the sealed {@link io.tscns.cms.documents.CounterDocument};
 * {@link io.tscns.cms.documents.PdfDocumentWriter} lays every one out with the same engine. Only
 * {@link io.tscns.cms.documents.ActivationReceipt} accepts codes, and only the counter halves, as
 * {@link io.tscns.cms.documents.CounterHalves}: no other record has a component that could hold one. Fields the
 * public texts do not define are printed as blanks marked for the region or the signer to fill, never invented.
 */
package io.tscns.cms.documents;
