/**
 * The CNS authenticator's implementation: settings, the decision, the refusals and the realm's users. Not an API.
 */
package io.tscns.keycloak.internal;
