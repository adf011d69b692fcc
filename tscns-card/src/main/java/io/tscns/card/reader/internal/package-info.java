/**
 * Reader internals, not exported: the PC/SC source over jnasmartcardio that reconnects after a pcscd restart.
 */
package io.tscns.card.reader.internal;
