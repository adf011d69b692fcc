/**
 * Testing without hardware (filled by the test-kit issues): a simulated TS-CNS card reachable in-process,
 * through {@code javax.smartcardio} and through the real PC/SC stack; a card factory and a test CA; a sandbox CMS;
 * JUnit 5 extensions and jqwik arbitraries.
 */
package io.tscns.testkit;
