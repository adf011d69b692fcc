/**
 * Implementation details of the file system layer, not exported: the bounded BER-TLV reader behind FCI/FCP parsing.
 */
package io.tscns.card.fs.internal;
