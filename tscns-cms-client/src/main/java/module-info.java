/**
 * Client of a TS-CNS Card Management System: every operation of the tscns CMS protocol v1 with typed results and
 * errors, mutual-TLS or token login, retries with idempotency keys.
 */
module io.tscns.cms.client {
    requires transitive io.tscns.core;
    requires transitive io.tscns.cms.protocol;
    requires org.slf4j;
    requires java.net.http;

    exports io.tscns.cms.client;
}
