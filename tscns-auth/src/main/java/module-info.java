/**
 * Relying-party side of CNS login: certificate identity, trust, validation and revocation.
 */
module io.tscns.auth {
    requires transitive io.tscns.core;
    requires org.slf4j;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.pkix;
    requires static jakarta.servlet;

    // exports io.tscns.auth once the issue that fills this module lands; a package holding only package-info cannot be exported.
}
