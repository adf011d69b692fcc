/**
 * The personal-data file of the card, {@code EF.Dati_personali} ({@code 3F00/1100/1102}): its sixteen fields
 * ({@link io.tscns.core.personaldata.PersonalData}), a byte-exact codec
 * ({@link io.tscns.core.personaldata.PersonalDataCodec}, {@link io.tscns.core.personaldata.PersonalDataFile}) and
 * the consistency checks between fields ({@link io.tscns.core.personaldata.ConsistencyWarning}).
 *
 * <h2>The format ({@code docs/card.md §2.1})</h2>
 * ASCII text: a six-character hexadecimal length header, then sixteen fields, each a two-character hexadecimal
 * length followed by that many characters of value (so a value holds at most 255 characters; {@code 00} is an
 * empty field). After the text the file is padded up to its size, with {@code 0x00} on the one real card seen.
 * What the header counts is not settled: on that card it counts the whole text including its own six characters
 * ({@link io.tscns.core.personaldata.HeaderConvention#INCLUDES_HEADER}); a comment in OpenSC describes it as the
 * length of what follows ({@link io.tscns.core.personaldata.HeaderConvention#EXCLUDES_HEADER}). Both are read, and
 * a file is written back in the convention it was read with.
 *
 * <h2>Robustness</h2>
 * Decoding never allocates from a length it has not checked against the bytes actually present, and fails on any
 * malformed input with {@link io.tscns.core.personaldata.InvalidPersonalDataException} only, whose
 * {@link io.tscns.core.personaldata.PersonalDataProblem} names the field and byte offset. Messages never repeat the
 * personal data they reject.
 */
package io.tscns.core.personaldata;
