/**
 * The device side of the SDK: {@link io.tscns.card.CnsCard}, the facade that reads a TS-CNS card's identity, manages
 * its PIN and signs with its authentication key, with its options and the identity it returns. It opens a card over
 * a {@link io.tscns.card.transport.CardTransport} and is built on the layers below it: {@code transport} (the
 * one-method seam and its decorators), {@code apdu} (the command table), {@code fs} (the CNS file system),
 * {@code pin}, {@code key}, {@code profile} (recognition from the ATR), with {@code error} (the sealed failures)
 * shared by all. On top of it, and the only packages that need {@code java.smartcardio}: {@code smartcardio} (the
 * PC/SC adapter, which opens a {@code CnsCard} in a reader) and {@code reader} (reader listing and monitoring).
 */
package io.tscns.card;
