/**
 * CNS login in a Jakarta Servlet application (<i>autenticazione CNS per servlet</i>). The Servlet API is an
 * optional ({@code requires static}) dependency. Entry point: {@link io.tscns.auth.servlet.CnsRequestAuthenticator}.
 */
package io.tscns.auth.servlet;
