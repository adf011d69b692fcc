/**
 * Implementation of tscns-auth, not exported (only to io.tscns.cli, for {@code Reasons}): strict DER readers, the
 * streaming CRL parser and its compact index, readers of certificate extensions, and the reasons of failures in
 * words ({@link io.tscns.auth.internal.Reasons}).
 */
package io.tscns.auth.internal;
