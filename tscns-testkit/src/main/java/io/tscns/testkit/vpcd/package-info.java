/**
 * The simulated card behind the machine's real PC/SC stack: the vsmartcard vpcd wire protocol and
 * {@link io.tscns.testkit.vpcd.VpcdBridge} (with the TCP_QUICKACK fix of {@code pcsc-stack.md §6}), pcscd started or
 * reused with readiness checked through the reader list ({@link io.tscns.testkit.vpcd.PcscDaemon},
 * {@link io.tscns.testkit.vpcd.VirtualReader}), and {@link io.tscns.testkit.vpcd.VpcdCardServer}, the engine of
 * {@code ./tscns card serve --vpcd}.
 */
package io.tscns.testkit.vpcd;
