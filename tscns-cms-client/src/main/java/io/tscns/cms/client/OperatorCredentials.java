package io.tscns.cms.client;

import io.tscns.card.CnsCard;
import io.tscns.cms.client.internal.CardKeys;
import io.tscns.cms.client.internal.PemKeys;
import io.tscns.cms.protocol.SecretText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.X509KeyManager;
import javax.security.auth.callback.CallbackHandler;

/**
 * An operator's personal credentials (DM 20 giugno 2011, Allegato 2: "ogni operatore deve avere delle credenziali
 * d'accesso personali", never shared): a client certificate for mutual TLS, from a PKCS#12 file, a {@link KeyStore}
 * or PEM files, or with a key that never leaves its device through any {@link X509KeyManager} (a PKCS#11 token, the
 * operator's own card: Toscana manual v2.0 §10.1 step 2); or a personal token exchanged at login for a session token.
 *
 * <p>Passwords and tokens are taken as {@code char[]}; the factories copy what they keep and the caller wipes its
 * own arrays. Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface OperatorCredentials permits OperatorCredentials.MutualTls, OperatorCredentials.PersonalToken {

    /**
     * Loads a client certificate and key from a PKCS#12 file.
     *
     * @param file     the {@code .p12} file
     * @param password its password; not kept
     * @return the credentials
     * @throws InvalidCredentialsException if the file cannot be read or opened
     */
    static OperatorCredentials pkcs12(Path file, char[] password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return keyStore(store, password);
        } catch (IOException | GeneralSecurityException e) {
            throw new InvalidCredentialsException("cannot open PKCS#12 file " + file.getFileName() + ": "
                    + e.getClass().getSimpleName());
        }
    }

    /**
     * Uses a key store holding the operator's key entry.
     *
     * @param store    the key store
     * @param password the key password; not kept
     * @return the credentials
     * @throws InvalidCredentialsException if the key cannot be recovered
     */
    static OperatorCredentials keyStore(KeyStore store, char[] password) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(password, "password");
        try {
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(store, password);
            return new MutualTls(factory.getKeyManagers());
        } catch (GeneralSecurityException e) {
            throw new InvalidCredentialsException(
                    "cannot use the key store's key: " + e.getClass().getSimpleName());
        }
    }

    /**
     * Loads a client certificate and key from PEM files: an unencrypted PKCS#8 private key ({@code BEGIN PRIVATE
     * KEY}, RSA or EC) and the certificate chain, leaf first.
     *
     * @param privateKey       the key file
     * @param certificateChain the certificate file
     * @return the credentials
     * @throws InvalidCredentialsException if a file is missing, malformed, or the key does not match
     */
    static OperatorCredentials pem(Path privateKey, Path certificateChain) {
        char[] password = PemKeys.randomPassword();
        try {
            return keyStore(PemKeys.keyStore(privateKey, certificateChain, password), password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /**
     * Uses a key manager that holds the operator's key wherever it lives (<i>chiave dell'operatore</i>): a PKCS#11
     * token, a JCA provider over a smart card, a hardware security module. The key stays in the key manager's hands:
     * the TLS handshake asks it to choose the client certificate and to sign, and whatever the key needs to sign
     * (the PIN of a card) is the key manager's business.
     *
     * @param keyManager the key manager
     * @return the credentials, with the JDK's TLS protocols
     */
    static OperatorCredentials keyManager(X509KeyManager keyManager) {
        return keyManager(keyManager, List.of());
    }

    /**
     * Uses a key manager, as {@link #keyManager(X509KeyManager)}, and limits the TLS protocol versions the client
     * offers: a key that cannot make the RSA-PSS signatures TLS 1.3 requires of a client (a card that signs only
     * PKCS#1 v1.5) must keep the handshake to TLS 1.2.
     *
     * @param keyManager   the key manager
     * @param tlsProtocols the protocol names, e.g. {@code TLSv1.2}, most preferred first; empty for the JDK's
     * @return the credentials
     * @throws IllegalArgumentException if a name is not a TLS protocol version
     */
    static OperatorCredentials keyManager(X509KeyManager keyManager, List<String> tlsProtocols) {
        Objects.requireNonNull(keyManager, "keyManager");
        for (String protocol : tlsProtocols) {
            if (!protocol.matches("TLSv1\\.[23]")) {
                throw new IllegalArgumentException(
                        "not a TLS protocol this client speaks: " + protocol + " (TLSv1.3, TLSv1.2)");
            }
        }
        return new MutualTls(new KeyManager[] {keyManager}, tlsProtocols);
    }

    /**
     * Uses the operator's own card, TS-CNS or operator card (Toscana manual v2.0 §10.1 step 2: the counter operator
     * logs in to the CMS with their own card): the TLS handshake presents the card's CNS authentication certificate
     * and signs with the card's key through tscns-card's JCA provider, limited to the TLS versions the card can sign
     * ({@code CardKeyManager.tlsProtocols()}); the CMS finds the operator by the certificate's codice fiscale. The
     * PIN is asked for through the handler ({@code io.tscns.card.jca.PinCallback}, a {@code PasswordCallback} that
     * says which card and, after a wrong PIN, how many tries are left) when the card first needs it, verified by the
     * card, and never kept: the card remembers it until it is reset or removed. A PIN the card refuses every time
     * blocks it; the call then fails with {@link CmsCredentialException}, whose {@code credentialFailure()} is
     * tscns-card's {@code PinEntryException}.
     *
     * <p>The PIN is asked for inside the TLS handshake, which {@link CmsClientBuilder#connectTimeout} bounds: give
     * it the time a person needs to type the PIN (a minute or two), not the default five seconds.
     *
     * <p>Needs tscns-card on the class or module path (an optional dependency of this module). The card stays open
     * while the client is used; the caller closes it.
     *
     * @param card the operator's card, opened
     * @param pins asked for the PIN when the card needs it
     * @return the credentials
     * @throws io.tscns.core.TscnsException tscns-card's typed error if the card cannot be read or cannot sign
     */
    static OperatorCredentials card(CnsCard card, CallbackHandler pins) {
        return CardKeys.of(card, pins);
    }

    /**
     * Uses a personal token: the client logs in ({@code POST /sessions}) before the first call and again when the
     * session expires.
     *
     * @param operatorId the personal operator id
     * @param token      the token; copied, the caller wipes its array
     * @return the credentials
     */
    static OperatorCredentials personalToken(String operatorId, char[] token) {
        return new PersonalToken(operatorId, SecretText.of(token));
    }

    /**
     * A client certificate for mutual TLS, held as the key managers of the TLS context, and the TLS protocol versions
     * its key can serve.
     */
    final class MutualTls implements OperatorCredentials {

        private final KeyManager[] keyManagers;
        private final List<String> tlsProtocols;

        MutualTls(KeyManager[] keyManagers) {
            this(keyManagers, List.of());
        }

        MutualTls(KeyManager[] keyManagers, List<String> tlsProtocols) {
            this.keyManagers = keyManagers.clone();
            this.tlsProtocols = List.copyOf(tlsProtocols);
        }

        /**
         * Returns the TLS protocol versions the client may offer with this key.
         *
         * @return the versions, most preferred first; empty for the JDK's defaults
         */
        public List<String> tlsProtocols() {
            return tlsProtocols;
        }

        /**
         * Returns the key managers for an {@code SSLContext}.
         *
         * @return a copy of the array
         */
        public KeyManager[] keyManagers() {
            return keyManagers.clone();
        }

        @Override
        public String toString() {
            return "OperatorCredentials.MutualTls[key redacted" + (tlsProtocols.isEmpty() ? "" : ", " + tlsProtocols)
                    + "]";
        }
    }

    /** A personal token, exchanged at login for a session token. */
    final class PersonalToken implements OperatorCredentials {

        private final String operatorId;
        private final SecretText token;

        PersonalToken(String operatorId, SecretText token) {
            this.operatorId = Objects.requireNonNull(operatorId, "operatorId");
            this.token = Objects.requireNonNull(token, "token");
        }

        /**
         * Returns the operator id.
         *
         * @return the id
         */
        public String operatorId() {
            return operatorId;
        }

        /**
         * Returns the token.
         *
         * @return the secret; not to be destroyed by callers while the client is in use
         */
        public SecretText token() {
            return token;
        }

        @Override
        public String toString() {
            return "OperatorCredentials.PersonalToken[" + operatorId + ", token redacted]";
        }
    }
}
