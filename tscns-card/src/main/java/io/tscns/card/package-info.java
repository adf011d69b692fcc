/**
 * Device side of the SDK (filled by the tscns-card issue): ISO 7816 APDUs over a one-method transport seam,
 * decorators for tracing (with PIN redaction by construction), GET RESPONSE and wrong-Le handling, the CNS file
 * system reader, PIN operations, signing with the authentication key, card profiles recognised from the ATR, the
 * {@code javax.smartcardio} adapter and reader monitoring.
 */
package io.tscns.card;
