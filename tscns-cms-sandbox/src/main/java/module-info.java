/**
 * A sandbox Card Management System to develop and test counter software against: the tscns CMS protocol v1 over
 * HTTPS, the lifecycle, activation, consent, role and region rules, the audit chain, an outbox for the second halves
 * of the codes, durable storage on HSQLDB and injected faults.
 */
module io.tscns.cms.sandbox {
    requires transitive io.tscns.core;
    requires transitive io.tscns.cms.protocol;
    requires transitive io.tscns.testpki;
    requires transitive io.tscns.simcard;
    requires java.sql;
    // A SandboxMount is a Jetty handler: an application mounted beside the protocol (tscns-cms-console) is one.
    requires transitive org.eclipse.jetty.server;
    requires org.slf4j;
    requires org.hsqldb;
    requires com.fasterxml.jackson.databind;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.pkix;

    exports io.tscns.cms.sandbox;

    // The outbox's records (OutboxView, OutboxMessage) are written as JSON by the protocol's codec.
    opens io.tscns.cms.sandbox to
            com.fasterxml.jackson.databind;
}
