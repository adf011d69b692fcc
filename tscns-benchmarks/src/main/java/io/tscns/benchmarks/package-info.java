/**
 * JMH benchmarks (filled by the issues that ask for them), each comparing tscns with the JDK class or tool a
 * user would otherwise reach for, in the same run; the figures are recorded in this module's README.
 */
package io.tscns.benchmarks;
