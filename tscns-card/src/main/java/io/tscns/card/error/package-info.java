/**
 * The sealed hierarchy of card-access failures (<i>errori di accesso alla carta</i>): status words mapped to typed
 * exceptions carrying SW and CLA/INS/P1/P2 but never data ({@link io.tscns.card.error.StatusWords}), connection
 * failures told apart (card removed or reset, reader gone, no PC/SC service, no reader), unexpected card data, and
 * unsupported cards.
 */
package io.tscns.card.error;
