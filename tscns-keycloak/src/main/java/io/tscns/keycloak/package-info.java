/**
 * CNS login for Keycloak 26: the authenticator factory Keycloak loads from the provider JAR. See the module's
 * README for the flow, the settings and a deployment behind nginx.
 */
package io.tscns.keycloak;
