/**
 * Benchmarks of the simulated TS-CNS card and of tscns-card reading it: APDUs per second and {@code readIdentity()}
 * in process and through the real pcscd + vpcd, against OpenSC's {@code pkcs15-tool --dump} on the same card; and
 * {@link io.tscns.benchmarks.card.ApduCountReport}, which counts the APDUs each reader sends.
 */
package io.tscns.benchmarks.card;
