/**
 * Implementation details of the command layer, not exported: sending one command APDU over a transport and reading
 * its response, for the file system, PIN and key operations.
 */
package io.tscns.card.apdu.internal;
