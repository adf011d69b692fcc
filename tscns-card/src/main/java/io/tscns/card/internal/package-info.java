/**
 * Implementation details shared by the packages of this module; not exported.
 */
package io.tscns.card.internal;
