/**
 * Testing without hardware: simulated card and CMS, test CA, JUnit 5 extensions and jqwik arbitraries.
 */
module io.tscns.testkit {
    requires transitive io.tscns.core;
    requires transitive io.tscns.card;
    requires transitive io.tscns.cms.client;
    requires java.xml;
    requires java.sql;
    requires com.fasterxml.jackson.databind;
    requires org.hsqldb;
    requires transitive jdk.httpserver;
    requires java.xml.crypto;
    requires org.slf4j;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.pkix;
    requires transitive org.junit.jupiter.api;
    requires transitive net.jqwik.api;
    requires transitive java.smartcardio;
    requires jdk.net;

    exports io.tscns.testkit.arbitraries;
    exports io.tscns.testkit.card;
    exports io.tscns.testkit.cms;
    exports io.tscns.testkit.junit;
    exports io.tscns.testkit.pki;
    exports io.tscns.testkit.smartcardio;
    exports io.tscns.testkit.vpcd;
}
