/**
 * The end-to-end demo of {@code tscns demo} (<i>dimostrazione</i>): thirteen small steps, one responsibility each,
 * that take a fictitious citizen's card from the factory through activation at a pharmacy counter, PIN delivery in
 * two halves, CNS login at a service provider, revocation with the CIP and the audit trail, on the test kit's
 * sandbox CMS, simulated card and test CA. {@link io.tscns.cli.demo.DemoRunner} runs them; the command only prints
 * what they report.
 */
package io.tscns.cli.demo;
