package io.tscns.auth.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;

/** Reads a certificate's CRL distribution points and OCSP responder URLs (RFC 5280 §4.2.1.13, §4.2.2.1). */
public final class RevocationPointers {

    private static final String CRL_DISTRIBUTION_POINTS = "2.5.29.31";
    private static final String AUTHORITY_INFO_ACCESS = "1.3.6.1.5.5.7.1.1";

    private RevocationPointers() {}

    /**
     * Returns the HTTP URLs of the CRL distribution points.
     *
     * @param certificate the certificate
     * @return the URLs, possibly none; a malformed extension yields none
     */
    public static List<URI> crlUrls(X509Certificate certificate) {
        List<URI> urls = new ArrayList<>();
        Optional<byte[]> value = CertificateFields.extensionValue(certificate, CRL_DISTRIBUTION_POINTS);
        if (value.isEmpty()) {
            return urls;
        }
        try {
            CRLDistPoint points = CRLDistPoint.getInstance(value.get());
            for (DistributionPoint point : points.getDistributionPoints()) {
                DistributionPointName name = point.getDistributionPoint();
                if (name != null && name.getType() == DistributionPointName.FULL_NAME) {
                    addUris(GeneralNames.getInstance(name.getName()).getNames(), urls);
                }
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            return List.of();
        }
        return urls;
    }

    /**
     * Returns the HTTP URLs of the OCSP responders in authorityInfoAccess.
     *
     * @param certificate the certificate
     * @return the URLs, possibly none; a malformed extension yields none
     */
    public static List<URI> ocspUrls(X509Certificate certificate) {
        List<URI> urls = new ArrayList<>();
        Optional<byte[]> value = CertificateFields.extensionValue(certificate, AUTHORITY_INFO_ACCESS);
        if (value.isEmpty()) {
            return urls;
        }
        try {
            AuthorityInformationAccess access = AuthorityInformationAccess.getInstance(value.get());
            List<GeneralName> names = new ArrayList<>();
            for (AccessDescription description : access.getAccessDescriptions()) {
                if (AccessDescription.id_ad_ocsp.equals(description.getAccessMethod())) {
                    names.add(description.getAccessLocation());
                }
            }
            addUris(names.toArray(new GeneralName[0]), urls);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return List.of();
        }
        return urls;
    }

    private static void addUris(GeneralName[] names, List<URI> urls) {
        for (GeneralName name : names) {
            if (name.getTagNo() == GeneralName.uniformResourceIdentifier) {
                try {
                    URI uri = new URI(name.getName().toString());
                    if ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) {
                        urls.add(uri);
                    }
                } catch (URISyntaxException e) {
                    // A malformed URL is skipped: another distribution point may serve.
                }
            }
        }
    }
}
