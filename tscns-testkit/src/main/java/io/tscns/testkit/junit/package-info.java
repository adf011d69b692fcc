/**
 * JUnit 5 extensions: {@link io.tscns.testkit.junit.WithSimulatedCard} injects a reproducible simulated card and its
 * access paths into test methods; {@link io.tscns.testkit.junit.WithPcscd} gives tests the real pcscd with
 * vsmartcard's virtual reader; {@link io.tscns.testkit.junit.InteropEnvironment} fails a test whose service is
 * missing under {@code CI=true} and skips it elsewhere.
 */
package io.tscns.testkit.junit;
