/**
 * The sandbox CMS's HTTP front (not exported): the JDK {@code HttpsServer} that carries requests
 * ({@link io.tscns.cms.sandbox.internal.http.CmsHttpServer}), and, independent of it, the protocol front that routes,
 * authenticates, maps the protocol's records to the operations' commands and their outcomes back
 * ({@code Requests}, {@code Wire}, {@code Refusals}), and injects faults. The only package that reads or writes the
 * protocol's records and problem codes (the domain uses the protocol's {@code OperatorRole} as vocabulary).
 */
package io.tscns.cms.sandbox.internal.http;
