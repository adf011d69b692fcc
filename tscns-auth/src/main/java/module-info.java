/**
 * Relying-party side of CNS login: certificate identity, trust, validation and revocation.
 */
module io.tscns.auth {
    requires transitive io.tscns.core;
    requires org.slf4j;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.pkix;
    requires java.net.http;
    requires java.xml;
    requires java.xml.crypto;
    requires transitive java.sql;
    requires static jakarta.servlet;

    exports io.tscns.auth.cert;
    exports io.tscns.auth.challenge;
    exports io.tscns.auth.crl;
    exports io.tscns.auth.identity;
    exports io.tscns.auth.login;
    exports io.tscns.auth.proxy;
    exports io.tscns.auth.revocation;
    exports io.tscns.auth.servlet;
    exports io.tscns.auth.trust;
    exports io.tscns.auth.validation;
    // The words for a failure's reason (Reasons), shared with the command line.
    exports io.tscns.auth.internal to
            io.tscns.cli;
}
