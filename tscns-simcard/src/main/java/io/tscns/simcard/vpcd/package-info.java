/**
 * The simulated card behind the machine's real PC/SC stack: the vsmartcard vpcd wire protocol and
 * {@link io.tscns.simcard.vpcd.VpcdBridge} (with the TCP_QUICKACK fix of {@code docs/pcsc.md §6}), pcscd started or
 * reused with readiness checked through the reader list ({@link io.tscns.simcard.vpcd.PcscDaemon},
 * {@link io.tscns.simcard.vpcd.VirtualReader}), and {@link io.tscns.simcard.vpcd.VpcdCardServer}, the engine of
 * {@code ./tscns card serve --vpcd}.
 */
package io.tscns.simcard.vpcd;
