/**
 * The device side of the SDK: {@link io.tscns.card.CnsCard}, the facade that reads a TS-CNS card's identity, manages
 * its PIN and signs with its authentication key, with its options and the identity it returns. The layers it is
 * built on are in the sub-packages: {@code transport} (the one-method seam and its decorators), {@code apdu} (the
 * command table), {@code fs} (the CNS file system), {@code pin}, {@code key}, {@code profile} (recognition from the
 * ATR), {@code smartcardio} and {@code reader} (PC/SC), {@code error} (the sealed failures).
 */
package io.tscns.card;
