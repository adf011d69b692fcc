/**
 * The inside of the simulated card, not exported: the file tree and its FCI, the PIN and PUK with their counters,
 * the on-chip key, the volatile state lost at reset, one class per group of commands and the command processor that
 * dispatches on INS.
 */
package io.tscns.simcard.internal;
