/**
 * How a sandbox CMS is put together and filled (not exported): its keys ({@code sandbox.keys}), the assembly of
 * database, writer, stores, pipeline, operations and HTTPS server, the seeding of cards and operators on the sandbox's
 * clock, the line to the test CA, and the credential files {@code tscns cms serve} leaves for counter software.
 */
package io.tscns.cms.sandbox.internal.setup;
