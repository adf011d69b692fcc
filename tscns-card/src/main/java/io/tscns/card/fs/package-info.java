/**
 * The CNS file system (<i>file system della CNS</i>): file identifiers and absolute paths, the well-known EFs, FCI/FCP
 * parsing with access conditions and life cycle, the reader that selects and reads files in the fewest APDUs, and the
 * per-card cache keyed by EF.ID_Carta ({@code docs/card.md §1, §4.4}).
 */
package io.tscns.card.fs;
