/**
 * Implementation of tscns-auth, not exported: strict DER readers, the streaming CRL parser and its compact index,
 * and readers of certificate extensions.
 */
package io.tscns.auth.internal;
