/**
 * Client of a TS-CNS Card Management System: every CMS operation with typed results and errors.
 */
module io.tscns.cms.client {
    requires transitive io.tscns.core;
    requires org.slf4j;
    requires com.fasterxml.jackson.databind;

    // exports io.tscns.cms.client once the issue that fills this module lands; a package holding only package-info cannot be exported.
}
