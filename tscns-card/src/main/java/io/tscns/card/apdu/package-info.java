/**
 * Our own immutable ISO/IEC 7816-4 command and response APDU types, so card logic needs no
 * {@code javax.smartcardio}; their {@code toString} never shows data bytes.
 */
package io.tscns.card.apdu;
