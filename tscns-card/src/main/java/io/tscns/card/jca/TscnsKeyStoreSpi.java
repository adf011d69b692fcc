package io.tscns.card.jca;

import io.tscns.core.TscnsException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.Key;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.KeyStoreSpi;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.Date;
import java.util.Enumeration;
import java.util.List;

/**
 * The {@code TSCNS} key store: one key entry, the card's authentication key with its certificate, under an alias
 * made of the holder's names and the card id, read again when the card changes ({@code docs/card.md §11.1}). It is
 * read-only. Loaded with a {@link TscnsKeyStoreParameter}. Not thread-safe, like every {@code KeyStoreSpi}.
 */
final class TscnsKeyStoreSpi extends KeyStoreSpi {

    private CardCredential credential;

    @Override
    public void engineLoad(KeyStore.LoadStoreParameter param) throws IOException {
        if (!(param instanceof TscnsKeyStoreParameter card)) {
            throw new IllegalArgumentException("load the TSCNS key store with a TscnsKeyStoreParameter");
        }
        CardCredential loaded = card.credential();
        try {
            loaded.identity();
            if (card.getProtectionParameter() instanceof KeyStore.PasswordProtection password
                    && password.getPassword() != null) {
                loaded.verify(password.getPassword());
            }
        } catch (TscnsException e) {
            throw new IOException("cannot load the card's key store: " + e.getMessage(), e);
        }
        this.credential = loaded;
    }

    @Override
    public void engineLoad(InputStream stream, char[] password) throws IOException {
        throw new IOException("the TSCNS key store reads the card: load it with a TscnsKeyStoreParameter");
    }

    @Override
    public void engineStore(OutputStream stream, char[] password) {
        throw new UnsupportedOperationException("the TSCNS key store is the card: it cannot be written");
    }

    @Override
    public Key engineGetKey(String alias, char[] password) throws UnrecoverableKeyException {
        if (!engineContainsAlias(alias)) {
            return null;
        }
        try {
            if (password != null) {
                credential.verify(password);
            }
            return credential.privateKey();
        } catch (TscnsException e) {
            UnrecoverableKeyException failure =
                    new UnrecoverableKeyException("the card's key cannot be used: " + e.getMessage());
            failure.initCause(e);
            throw failure;
        }
    }

    /**
     * Returns the key entry; a {@link KeyStore.PasswordProtection} is the PIN, verified now, anything else (a
     * {@link KeyStore.CallbackHandlerProtection}, {@code null}) leaves the PIN to the key store's handler.
     */
    @Override
    public KeyStore.Entry engineGetEntry(String alias, KeyStore.ProtectionParameter protection)
            throws UnrecoverableKeyException {
        if (!engineContainsAlias(alias)) {
            return null;
        }
        char[] pin = protection instanceof KeyStore.PasswordProtection password ? password.getPassword() : null;
        return new KeyStore.PrivateKeyEntry((PrivateKey) engineGetKey(alias, pin), engineGetCertificateChain(alias));
    }

    @Override
    public Certificate[] engineGetCertificateChain(String alias) {
        return engineContainsAlias(alias) ? new Certificate[] {credential.certificate()} : null;
    }

    @Override
    public Certificate engineGetCertificate(String alias) {
        return engineContainsAlias(alias) ? credential.certificate() : null;
    }

    @Override
    public Date engineGetCreationDate(String alias) {
        return engineContainsAlias(alias) ? credential.certificate().getNotBefore() : null;
    }

    @Override
    public void engineSetKeyEntry(String alias, Key key, char[] password, Certificate[] chain)
            throws KeyStoreException {
        throw readOnly();
    }

    @Override
    public void engineSetKeyEntry(String alias, byte[] key, Certificate[] chain) throws KeyStoreException {
        throw readOnly();
    }

    @Override
    public void engineSetCertificateEntry(String alias, Certificate cert) throws KeyStoreException {
        throw readOnly();
    }

    @Override
    public void engineDeleteEntry(String alias) throws KeyStoreException {
        throw readOnly();
    }

    private static KeyStoreException readOnly() {
        return new KeyStoreException("the TSCNS key store is the card: its entry cannot be changed");
    }

    @Override
    public Enumeration<String> engineAliases() {
        return Collections.enumeration(List.of(alias()));
    }

    @Override
    public boolean engineContainsAlias(String alias) {
        return alias != null && alias.equalsIgnoreCase(alias());
    }

    @Override
    public int engineSize() {
        return 1;
    }

    @Override
    public boolean engineIsKeyEntry(String alias) {
        return engineContainsAlias(alias);
    }

    @Override
    public boolean engineIsCertificateEntry(String alias) {
        return false;
    }

    @Override
    public String engineGetCertificateAlias(Certificate cert) {
        X509Certificate current = credential.certificate();
        return current.equals(cert) ? alias() : null;
    }

    private String alias() {
        if (credential == null) {
            throw new IllegalStateException("the TSCNS key store is not loaded");
        }
        return CardCredential.alias(credential.identity());
    }
}
