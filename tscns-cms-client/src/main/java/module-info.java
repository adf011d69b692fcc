/**
 * Client of a TS-CNS Card Management System: every CMS operation with typed results and errors, and the wire
 * model of tscns's CMS protocol v1 shared with the sandbox server.
 */
module io.tscns.cms.client {
    requires transitive io.tscns.core;
    requires org.slf4j;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires java.net.http;

    exports io.tscns.cms.client;
    exports io.tscns.cms.client.protocol;

    opens io.tscns.cms.client.protocol to com.fasterxml.jackson.databind;
}
