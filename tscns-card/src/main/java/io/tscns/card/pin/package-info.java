/**
 * PIN and PUK operations (<i>gestione del PIN</i>): verify, tries left, change, unblock with the PUK, with results as
 * sealed records and every secret block wiped after use.
 */
package io.tscns.card.pin;
