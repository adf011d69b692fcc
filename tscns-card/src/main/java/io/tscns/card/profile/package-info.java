/**
 * Card profiles from the ATR (<i>profili delle carte</i>): ISO/IEC 7816-3 ATR parsing, the two CNS recognition rules of
 * OpenSC, manufacturer and version decoding, and the card-batch table whose quirks are data
 * ({@code docs/card.md §4.2, §5}).
 */
package io.tscns.card.profile;
