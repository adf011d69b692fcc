package io.tscns.auth.trust;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The EU list of trusted lists (<i>lista delle liste di fiducia</i>, LOTL, ETSI TS 119 612) whose signature verified:
 * the pointers to every Member State's trusted list with the certificates allowed to sign each, and the locations of
 * the pivot LOTLs through which the LOTL's own signing certificates change ({@code docs/cms.md §6.6}). A relying
 * party follows it to the Italian list, so that the day AgID changes the list's signer, the new signer comes from the
 * LOTL instead of breaking every login.
 *
 * @param sequenceNumber the TSLSequenceNumber
 * @param issued         the ListIssueDateTime
 * @param nextUpdate     the NextUpdate
 * @param pivots         the pivot LOTL locations listed in SchemeInformationURI, in the list's order (newest first)
 * @param pointers       the pointers to other lists
 * @param signer         the certificate that signed this list
 * @since 0.1.0
 */
public record ListOfTrustedLists(
        long sequenceNumber,
        Instant issued,
        Instant nextUpdate,
        List<URI> pivots,
        List<TrustedListPointer> pointers,
        X509Certificate signer) {

    /** The end of the TSLType URI of a list of trusted lists. */
    public static final String LOTL_TYPE_SUFFIX = "EUlistofthelists";

    /** Checks and copies the fields. */
    public ListOfTrustedLists {
        Objects.requireNonNull(issued, "issued");
        Objects.requireNonNull(nextUpdate, "nextUpdate");
        pivots = List.copyOf(pivots);
        pointers = List.copyOf(pointers);
        Objects.requireNonNull(signer, "signer");
    }

    /**
     * Returns the pointer to a territory's XML trusted list.
     *
     * @param territory e.g. {@code IT}
     * @return the pointer, if the LOTL has one
     */
    public Optional<TrustedListPointer> trustedList(String territory) {
        return pointers.stream()
                .filter(p -> p.territory().equals(territory) && p.isXml() && !p.isListOfLists())
                .findFirst();
    }

    /**
     * Returns the LOTL's pointer to itself, which announces the certificates allowed to sign the LOTL.
     *
     * @return the pointer, if the LOTL has one
     */
    public Optional<TrustedListPointer> self() {
        return pointers.stream().filter(p -> p.isListOfLists() && p.isXml()).findFirst();
    }
}
