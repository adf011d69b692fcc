package io.tscns.card.profile;

import java.util.OptionalInt;

/**
 * One group of ATR interface bytes TAi, TBi, TCi, TDi (<i>caratteri di interfaccia</i>, ISO/IEC 7816-3 §8.2.3),
 * each present or absent as the previous TD (or T0 for group 1) announced. Immutable.
 *
 * @param ta TAi, if present
 * @param tb TBi, if present
 * @param tc TCi, if present
 * @param td TDi, if present: its low nibble names a protocol T and its high nibble announces the next group
 * @since 0.1.0
 */
public record InterfaceBytes(OptionalInt ta, OptionalInt tb, OptionalInt tc, OptionalInt td) {}
