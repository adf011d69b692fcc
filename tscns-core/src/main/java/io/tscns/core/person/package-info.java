/**
 * Identity of a person in the Italian systems: the codice fiscale (16-character personal code, with omocodia, and
 * the 11-digit temporary numeric code), the birth-place code (codice catastale / Belfiore) and sex.
 *
 * <p>Rules follow {@code docs/card.md §7.2}: the 3+3+2+1+2+4+1 layout, the consonant/vowel rules for surname and
 * name, the month letters, the odd/even check-character tables and the omocodia substitution of digits by the
 * letters {@code L M N P Q R S T U V}.
 */
package io.tscns.core.person;
