/**
 * Relying-party side of CNS login (filled by the tscns-auth issue): identity from a client certificate, trust
 * anchors and the AgID trusted list, chain, policy and key-usage validation, CRL and OCSP revocation at national
 * scale, challenge-response and servlet or reverse-proxy integration.
 */
package io.tscns.auth;
