/**
 * JMH benchmarks of tscns against the JDK and common tools.
 */
module io.tscns.benchmarks {
    requires io.tscns.core;
    requires io.tscns.card;
    requires io.tscns.cms.client;
    requires io.tscns.auth;
    requires io.tscns.cms.protocol;
    requires io.tscns.testpki;
    requires io.tscns.simcard;
    requires io.tscns.cms.sandbox;
    requires io.tscns.spring.boot;
    requires jakarta.servlet;
    requires spring.core;
    requires spring.test;
    requires spring.security.core;
    requires spring.security.web;
    requires jmh.core;
    requires java.management;
    requires jdk.management;

    exports io.tscns.benchmarks.auth;
    exports io.tscns.benchmarks.spring;
}
