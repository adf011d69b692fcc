package io.tscns.auth.trust;

import io.tscns.auth.cert.Certificates;
import io.tscns.auth.cert.InvalidCertificateException;
import io.tscns.auth.internal.Reasons;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.cert.Certificate;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.security.auth.x500.X500Principal;

/**
 * The CA certificates a relying party trusts to issue CNS certificates (<i>certificati delle CA fidate</i>): the
 * issuing CAs of the Italian trusted list's IdV services ({@code docs/cms.md §6.2}), or a directory or key store the
 * operator maintains. Each must be a CA certificate.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class TrustAnchors {

    /** Largest anchor file read from a directory. */
    private static final int MAX_FILE_BYTES = 1 << 20;

    private final List<X509Certificate> certificates;
    private final Map<X500Principal, List<X509Certificate>> bySubject;
    private final Set<TrustAnchor> pkix;

    private TrustAnchors(Collection<X509Certificate> anchors, String source) {
        LinkedHashSet<X509Certificate> unique = new LinkedHashSet<>(anchors);
        if (unique.isEmpty()) {
            throw new InvalidTrustException(new TrustProblem.NoAnchors(source));
        }
        Map<X500Principal, List<X509Certificate>> index = new HashMap<>();
        Set<TrustAnchor> trustAnchors = new LinkedHashSet<>();
        for (X509Certificate anchor : unique) {
            if (anchor.getBasicConstraints() < 0) {
                throw new InvalidTrustException(
                        new TrustProblem.NotACa(anchor.getSubjectX500Principal().getName()));
            }
            index.computeIfAbsent(anchor.getSubjectX500Principal(), k -> new ArrayList<>())
                    .add(anchor);
            trustAnchors.add(new TrustAnchor(anchor, null));
        }
        this.certificates = List.copyOf(unique);
        index.replaceAll((k, v) -> List.copyOf(v));
        this.bySubject = Map.copyOf(index);
        this.pkix = Collections.unmodifiableSet(trustAnchors);
    }

    /**
     * Trusts the given CA certificates.
     *
     * @param anchors the CA certificates (at least one)
     * @return the anchors
     * @throws InvalidTrustException with {@link TrustProblem.NoAnchors} or {@link TrustProblem.NotACa}
     */
    public static TrustAnchors of(Collection<X509Certificate> anchors) {
        return new TrustAnchors(List.copyOf(anchors), "the given collection");
    }

    /**
     * Trusts the certificate entries of a key store (PKCS#12 or JKS trust store).
     *
     * @param store a loaded key store
     * @return the anchors
     * @throws InvalidTrustException if the store cannot be read, holds no certificate entry, or one is not a CA
     */
    public static TrustAnchors fromKeyStore(KeyStore store) {
        Objects.requireNonNull(store, "store");
        List<X509Certificate> anchors = new ArrayList<>();
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.isCertificateEntry(alias)) {
                    Certificate certificate = store.getCertificate(alias);
                    if (certificate instanceof X509Certificate x509) {
                        anchors.add(x509);
                    }
                }
            }
        } catch (KeyStoreException e) {
            throw new InvalidTrustException(new TrustProblem.Unreadable("the key store", "not loaded"), e);
        }
        return new TrustAnchors(anchors, "the key store");
    }

    /**
     * Trusts every certificate in the regular files of a directory (not its subdirectories): DER, or PEM with one
     * or more certificates per file. Hidden files are skipped.
     *
     * @param directory the directory
     * @return the anchors
     * @throws InvalidTrustException if the directory or a file cannot be read, a file is not a certificate, or no
     *                               CA certificate is found
     */
    public static TrustAnchors fromDirectory(Path directory) {
        Objects.requireNonNull(directory, "directory");
        List<X509Certificate> anchors = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                if (Files.isRegularFile(entry)
                        && !entry.getFileName().toString().startsWith(".")) {
                    files.add(entry);
                }
            }
        } catch (IOException e) {
            throw new InvalidTrustException(new TrustProblem.Unreadable(directory.toString(), Reasons.of(e)), e);
        }
        Collections.sort(files);
        for (Path file : files) {
            anchors.addAll(readFile(file));
        }
        return new TrustAnchors(anchors, directory.toString());
    }

    private static List<X509Certificate> readFile(Path file) {
        byte[] content;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new InvalidTrustException(
                        new TrustProblem.Unreadable(file.toString(), "larger than " + MAX_FILE_BYTES + " bytes"));
            }
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidTrustException(new TrustProblem.Unreadable(file.toString(), Reasons.of(e)), e);
        }
        try {
            if (content.length > 0 && content[0] == 0x30) {
                return List.of(Certificates.parseDer(content));
            }
            return Certificates.parsePemBundle(new String(content, StandardCharsets.US_ASCII));
        } catch (InvalidCertificateException e) {
            throw new InvalidTrustException(new TrustProblem.BadCertificate(file.toString(), e.problem()), e);
        }
    }

    /**
     * Returns the anchors.
     *
     * @return the CA certificates, in the order given
     */
    public List<X509Certificate> certificates() {
        return certificates;
    }

    /**
     * Returns the anchors whose subject is the given name: candidates for a certificate's issuer.
     *
     * @param name an issuer name
     * @return the matching anchors, possibly none
     */
    public List<X509Certificate> withSubject(X500Principal name) {
        return bySubject.getOrDefault(name, List.of());
    }

    /**
     * Returns the anchors as the JDK's PKIX validator takes them.
     *
     * @return an unmodifiable set
     */
    public Set<TrustAnchor> toPkix() {
        return pkix;
    }

    @Override
    public String toString() {
        return "TrustAnchors[" + certificates.size() + " CAs]";
    }
}
