/**
 * The tscns command line.
 */
module io.tscns.cli {
    requires io.tscns.core;
    requires io.tscns.card;
    requires io.tscns.cms.client;
    requires io.tscns.auth;
    requires io.tscns.testkit;
    requires org.slf4j;

    // exports io.tscns.cli once the issue that fills this module lands; a package holding only package-info cannot be exported.
}
