/**
 * JUnit 5 extensions: {@link io.tscns.test.junit.WithSimulatedCard} injects a reproducible simulated card and its
 * access paths into test methods; {@link io.tscns.test.junit.WithPcscd} gives tests the real pcscd with
 * vsmartcard's virtual reader; {@link io.tscns.test.junit.InteropEnvironment} fails a test whose service is
 * missing under {@code CI=true} and skips it elsewhere.
 */
package io.tscns.test.junit;
