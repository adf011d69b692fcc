/**
 * PIN-pad readers (<i>lettori con tastierino</i>), PC/SC part 10: the reader-level seam {@link
 * io.tscns.card.pinpad.ReaderControl} (control commands, next to the APDU transport), the list of features a reader
 * announces, and the {@code PIN_VERIFY_STRUCTURE} and {@code PIN_MODIFY_STRUCTURE} a host hands the reader so that
 * the reader, not the host, puts the typed digits into the command APDU ({@code docs/pcsc.md §10}). Values and
 * codecs only, no I/O: the operations on a CNS are {@link io.tscns.card.pin.PinPadOperations}.
 */
package io.tscns.card.pinpad;
