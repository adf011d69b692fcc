package io.tscns.auth.trust;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A pointer of the EU list of trusted lists to one list (<i>puntatore a una lista di fiducia</i>, ETSI TS 119 612
 * {@code OtherTSLPointer}): where a Member State's list is published and the certificates allowed to sign it. The
 * LOTL's pointer to itself announces the certificates allowed to sign the LOTL ({@code docs/cms.md §6.6}).
 *
 * @param territory the SchemeTerritory, e.g. {@code IT} ({@code EU} for the LOTL itself)
 * @param tslType   the TSLType URI
 * @param mimeType  the MimeType, empty if not stated
 * @param location  the TSLLocation
 * @param signers   the certificates whose keys may sign the list pointed to
 * @since 0.1.0
 */
public record TrustedListPointer(
        String territory, String tslType, String mimeType, URI location, List<X509Certificate> signers) {

    /** Checks and copies the fields. */
    public TrustedListPointer {
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(tslType, "tslType");
        Objects.requireNonNull(mimeType, "mimeType");
        Objects.requireNonNull(location, "location");
        signers = List.copyOf(signers);
    }

    /**
     * Tells whether the pointer is to the machine-readable XML list (the LOTL also points to human-readable PDFs).
     *
     * @return {@code true} for the XML list
     */
    public boolean isXml() {
        return mimeType.isEmpty()
                ? location.getPath() != null
                        && location.getPath().toLowerCase(Locale.ROOT).endsWith(".xml")
                : mimeType.toLowerCase(Locale.ROOT).contains("xml");
    }

    /**
     * Tells whether the pointer is to a list of trusted lists (the LOTL's pointer to itself).
     *
     * @return {@code true} if the TSLType is the list of the lists
     */
    public boolean isListOfLists() {
        return tslType.endsWith(ListOfTrustedLists.LOTL_TYPE_SUFFIX);
    }
}
