package io.tscns.cms.client.internal;

import io.tscns.cms.client.InvalidCredentialsException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;

/** Reads an unencrypted PKCS#8 PEM key and a PEM certificate chain into an in-memory key store. */
public final class PemKeys {

    private static final int MAX_FILE = 1024 * 1024;

    private PemKeys() {}

    /**
     * Returns a random password for an in-memory key store.
     *
     * @return 24 random characters
     */
    public static char[] randomPassword() {
        SecureRandom random = new SecureRandom();
        char[] out = new char[24];
        for (int i = 0; i < out.length; i++) {
            out[i] = (char) ('a' + random.nextInt(26));
        }
        return out;
    }

    /**
     * Builds a PKCS#12 key store with one key entry.
     *
     * @param keyFile   the PKCS#8 PEM key
     * @param chainFile the PEM certificates, leaf first
     * @param password  the password to protect the entry with
     * @return the key store
     * @throws InvalidCredentialsException if a file is unreadable or malformed
     */
    public static KeyStore keyStore(Path keyFile, Path chainFile, char[] password) {
        byte[] der = null;
        try {
            der = block(keyFile, "PRIVATE KEY");
            PrivateKey key = privateKey(der);
            Collection<? extends Certificate> chain;
            if (Files.size(chainFile) > MAX_FILE) {
                throw new InvalidCredentialsException("certificate file " + chainFile.getFileName() + " too large");
            }
            chain = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(Files.readAllBytes(chainFile)));
            if (chain.isEmpty()) {
                throw new InvalidCredentialsException("no certificate in " + chainFile.getFileName());
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("operator", key, password, chain.toArray(new Certificate[0]));
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new InvalidCredentialsException(
                    "cannot read the PEM key or certificate: " + e.getClass().getSimpleName());
        } finally {
            if (der != null) {
                Arrays.fill(der, (byte) 0);
            }
        }
    }

    private static PrivateKey privateKey(byte[] der) throws GeneralSecurityException {
        for (String algorithm : new String[] {"RSA", "EC"}) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException e) {
                // try the next algorithm
            }
        }
        throw new InvalidCredentialsException("the private key is neither an RSA nor an EC PKCS#8 key");
    }

    private static byte[] block(Path file, String label) throws IOException {
        if (Files.size(file) > MAX_FILE) {
            throw new InvalidCredentialsException("key file " + file.getFileName() + " too large");
        }
        byte[] raw = Files.readAllBytes(file);
        String text = new String(raw, StandardCharsets.US_ASCII);
        Arrays.fill(raw, (byte) 0);
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new InvalidCredentialsException("no '" + begin + "' block in " + file.getFileName()
                    + " (encrypted keys are not supported: convert with openssl pkcs8 -nocrypt)");
        }
        try {
            return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
        } catch (IllegalArgumentException e) {
            throw new InvalidCredentialsException("malformed base64 in " + file.getFileName());
        }
    }
}
