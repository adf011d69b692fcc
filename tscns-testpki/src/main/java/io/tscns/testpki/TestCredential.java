package io.tscns.testpki;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * A private key with its certificate chain (<i>credenziale</i>): what a TLS client or server, an OCSP responder or
 * a trusted-list signer needs. The chain runs from the end-entity certificate up to, but normally not including, the
 * trust anchor.
 *
 * <p>{@link #toString()} names the subject and serial only; the private key never appears in it. Immutable and
 * thread-safe (the JDK key objects are immutable).
 *
 * @since 0.1.0
 */
public final class TestCredential {

    private final PrivateKey privateKey;
    private final List<X509Certificate> chain;

    private TestCredential(PrivateKey privateKey, List<X509Certificate> chain) {
        this.privateKey = privateKey;
        this.chain = chain;
    }

    /**
     * Creates a credential.
     *
     * @param privateKey the private key matching the first certificate
     * @param chain      the end-entity certificate first, then its issuers
     * @return the credential
     * @throws TestPkiException with {@link TestPkiException.Reason#INVALID_SPEC} if the chain is empty
     */
    public static TestCredential of(PrivateKey privateKey, List<X509Certificate> chain) {
        Objects.requireNonNull(privateKey, "privateKey");
        if (chain.isEmpty()) {
            throw TestPkiException.invalid("a credential needs at least its own certificate");
        }
        return new TestCredential(privateKey, List.copyOf(chain));
    }

    /**
     * Returns the private key.
     *
     * @return the key
     */
    public PrivateKey privateKey() {
        return privateKey;
    }

    /**
     * Returns the end-entity certificate.
     *
     * @return the first certificate of the chain
     */
    public X509Certificate certificate() {
        return chain.get(0);
    }

    /**
     * Returns the certificate chain, end entity first.
     *
     * @return an unmodifiable list
     */
    public List<X509Certificate> chain() {
        return chain;
    }

    /**
     * Returns the key pair.
     *
     * @return the certificate's public key and the private key
     */
    public KeyPair keyPair() {
        return new KeyPair(certificate().getPublicKey(), privateKey);
    }

    /**
     * Returns an in-memory PKCS#12 key store holding this credential under one alias.
     *
     * @param alias    the entry alias
     * @param password the password protecting the entry (not retained; the caller wipes it)
     * @return the key store
     * @throws TestPkiException with {@link TestPkiException.Reason#CRYPTO_FAILURE} if the JDK cannot build it
     */
    public KeyStore toPkcs12(String alias, char[] password) {
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(password, "password");
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(alias, privateKey, password, chain.toArray(new Certificate[0]));
            return store;
        } catch (GeneralSecurityException | IOException e) {
            throw TestPkiException.crypto("building a PKCS#12 key store", e);
        }
    }

    /**
     * Writes this credential as a PKCS#12 file, e.g. for a sandbox started from the command line.
     *
     * @param file     where to write (replaced if it exists)
     * @param alias    the entry alias
     * @param password the password for the entry and the file (not retained; the caller wipes it)
     * @throws TestPkiException with {@link TestPkiException.Reason#IO_FAILURE} if the file cannot be written
     */
    public void writePkcs12(Path file, String alias, char[] password) {
        KeyStore store = toPkcs12(alias, password);
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password);
        } catch (IOException e) {
            throw new TestPkiException(TestPkiException.Reason.IO_FAILURE, "cannot write PKCS#12 file " + file, e);
        } catch (GeneralSecurityException e) {
            throw TestPkiException.crypto("storing a PKCS#12 key store", e);
        }
    }

    @Override
    public String toString() {
        return "TestCredential[subject="
                + certificate().getSubjectX500Principal().getName()
                + ", serial=" + certificate().getSerialNumber().toString(16) + ", chain length=" + chain.size()
                + "]";
    }
}
