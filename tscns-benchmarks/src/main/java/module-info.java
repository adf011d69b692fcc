/**
 * JMH benchmarks of tscns against the JDK and common tools.
 */
module io.tscns.benchmarks {
    requires io.tscns.core;
    requires io.tscns.card;
    requires io.tscns.cms.client;
    requires io.tscns.auth;
    requires io.tscns.testkit;
    requires jmh.core;
    requires java.management;
    requires jdk.management;
}
