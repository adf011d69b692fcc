/**
 * Card generations as data (<i>generazioni di carte</i>): how each generation's file system is reached (classic
 * paths from the MF, or an application selected by AID first), where its files live, how it stores the card id,
 * and which operations' APDU sequences are not public ({@code docs/card.md §10}). Applet-based and contactless
 * cards are recognised by their application, not only by the ATR.
 */
package io.tscns.card.generation;
