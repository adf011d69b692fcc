package io.tscns.testpki;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * The content of a test EU list of trusted lists (<i>LOTL di prova</i>, ETSI TS 119 612), shaped like the
 * Commission's: scheme information whose SchemeInformationURI lists the pivot LOTLs, and pointers to national lists
 * and to itself. Signed with {@link TrustedLists#signLotl}.
 *
 * @param sequenceNumber the TSLSequenceNumber (positive)
 * @param issued         the ListIssueDateTime, truncated to seconds
 * @param nextUpdate     the NextUpdate, truncated to seconds
 * @param pivots         the pivot LOTL locations, newest first as the Commission lists them
 * @param pointers       the pointers, in order
 * @since 0.1.0
 */
public record ListOfTrustedListsSpec(
        long sequenceNumber,
        Instant issued,
        Instant nextUpdate,
        List<URI> pivots,
        List<TrustedListPointerSpec> pointers) {

    /**
     * Checks and copies the fields.
     *
     * @throws TestPkiException with {@link TestPkiException.Reason#INVALID_SPEC} if the sequence number is not
     *                          positive or a time cannot be encoded
     */
    public ListOfTrustedListsSpec {
        if (sequenceNumber < 1) {
            throw TestPkiException.invalid("LOTL sequence number must be positive, found " + sequenceNumber);
        }
        issued = Checks.encodableTime(issued, "issued");
        nextUpdate = Checks.encodableTime(nextUpdate, "nextUpdate");
        pivots = List.copyOf(pivots);
        pointers = List.copyOf(pointers);
    }
}
