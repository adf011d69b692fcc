/**
 * Client of a TS-CNS Card Management System: every operation of the tscns CMS protocol v1 with typed results and
 * errors, mutual-TLS login with a key file, any JCA key or the operator's own card, or token login, retries with
 * idempotency keys.
 */
module io.tscns.cms.client {
    requires transitive io.tscns.core;
    requires transitive io.tscns.cms.protocol;
    requires org.slf4j;
    requires java.net.http;
    // Only for OperatorCredentials.card: an application that logs in with the operator's card requires io.tscns.card.
    requires static io.tscns.card;

    exports io.tscns.cms.client;
}
