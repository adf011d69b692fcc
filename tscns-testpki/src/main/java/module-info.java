/**
 * A test PKI for CNS: certificate authorities, CNS, operator and server certificates, CRLs written as a stream at
 * national scale, an OCSP responder, an HTTP endpoint for both, AgID-style trusted lists and TLS contexts. For tests,
 * sandboxes and benchmarks; never for real certificates.
 */
module io.tscns.testpki {
    requires transitive io.tscns.core;
    requires java.xml;
    requires java.xml.crypto;
    requires jdk.httpserver;
    requires org.slf4j;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.pkix;

    exports io.tscns.testpki;
}
