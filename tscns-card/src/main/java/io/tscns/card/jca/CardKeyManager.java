package io.tscns.card.jca;

import io.tscns.card.CnsCard;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedKeyManager;
import javax.security.auth.callback.CallbackHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * TLS client authentication with the card (<i>autenticazione TLS con la carta</i>): a key manager for
 * {@link SSLContext#init} that offers the card's authentication certificate and signs the handshake's
 * CertificateVerify with the card's key, through {@link TscnsProvider} (installed by {@link #of}). The PIN is asked
 * for through the handler when the card first needs it; the provider does not keep it.
 *
 * <h2>TLS 1.3 needs RSA-PSS</h2>
 * In TLS 1.3 an RSA client signs CertificateVerify with RSASSA-PSS only: {@code rsa_pkcs1_*} schemes are not allowed
 * there (RFC 8446 §4.4.3, §4.2.3). A card whose profile computes raw RSA
 * ({@link io.tscns.card.profile.SigningMethod#RAW_RSA_DECIPHER}, every known CNS) lets the host build the PSS block,
 * so {@link #tlsProtocols()} is TLS 1.3 and 1.2. A card that pads on the card
 * ({@link io.tscns.card.profile.SigningMethod#PSO_COMPUTE_DIGITAL_SIGNATURE}) can only make PKCS#1 v1.5 signatures:
 * the key manager then limits the handshake to <b>TLS 1.2 with {@code rsa_pkcs1_sha256}</b> (RFC 5246 §7.4.8),
 * logs a warning once, and the {@link #sslContext} and {@link #sslParameters} it builds enable TLS 1.2 only
 * ({@code docs/card.md §11.3}). An {@code SSLContext} built by hand must do the same with {@link #tlsProtocols()}.
 *
 * <p>The card must stay open while the key manager is used; a card of a generation whose signing commands are not
 * public fails at {@link #of} with {@link io.tscns.card.error.NotSupportedOnGenerationException}. Thread-safe: the
 * card serialises the handshakes' signatures.
 *
 * @since 0.1.0
 */
public final class CardKeyManager extends X509ExtendedKeyManager {

    private static final Logger LOG = LoggerFactory.getLogger(CardKeyManager.class);
    private static final String TLS_13 = "TLSv1.3";
    private static final String TLS_12 = "TLSv1.2";

    private final CardCredential credential;
    private final List<String> protocols;

    private CardKeyManager(CardCredential credential) {
        this.credential = credential;
        credential.identity();
        this.protocols = credential.pss() ? List.of(TLS_13, TLS_12) : List.of(TLS_12);
        if (!credential.pss()) {
            LOG.warn("this card cannot compute RSA-PSS (it pads on the card): TLS client authentication is limited "
                    + "to TLS 1.2 with rsa_pkcs1_sha256, since TLS 1.3 requires RSA-PSS in CertificateVerify");
        }
    }

    /**
     * Creates a key manager over an opened card; reads its certificate (from the cache when the card was read).
     * Installs {@link TscnsProvider} if it is not registered.
     *
     * @param card the card, which the caller closes after the last handshake
     * @param pins asked for the PIN ({@link PinCallback}) when the card needs it
     * @return the key manager
     * @throws io.tscns.card.error.NotSupportedOnGenerationException if the card's generation cannot sign
     * @throws io.tscns.card.error.CardAccessException                 if the card cannot be read
     */
    public static CardKeyManager of(CnsCard card, CallbackHandler pins) {
        TscnsProvider.install();
        return new CardKeyManager(CardCredential.of(card, PinSource.asking(pins)));
    }

    /**
     * Returns the TLS versions the card can authenticate in, newest first: {@code [TLSv1.3, TLSv1.2]}, or
     * {@code [TLSv1.2]} for a card that cannot compute RSA-PSS.
     *
     * @return the protocol names, as {@link SSLParameters#setProtocols} takes them
     */
    public List<String> tlsProtocols() {
        return protocols;
    }

    /**
     * Builds an {@code SSLContext} whose client side authenticates with the card and enables only
     * {@link #tlsProtocols()}.
     *
     * @param trustManagers the trust managers for the server's certificate; none for the JDK's defaults
     * @return the initialised context
     * @throws GeneralSecurityException if the JDK has no such TLS context
     */
    public SSLContext sslContext(TrustManager... trustManagers) throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance(protocols.get(0));
        context.init(
                new KeyManager[] {this},
                trustManagers == null || trustManagers.length == 0 ? null : trustManagers,
                null);
        return context;
    }

    /**
     * Returns a context's default parameters limited to {@link #tlsProtocols()}, for an {@code SSLSocket},
     * {@code SSLEngine} or {@code HttpClient.Builder.sslParameters}.
     *
     * @param context the context
     * @return new parameters
     */
    public SSLParameters sslParameters(SSLContext context) {
        SSLParameters parameters = context.getDefaultSSLParameters();
        parameters.setProtocols(protocols.toArray(String[]::new));
        return parameters;
    }

    /**
     * Returns the card's authentication certificate.
     *
     * @return the certificate the server sees
     */
    public X509Certificate certificate() {
        return credential.certificate();
    }

    @Override
    public String chooseClientAlias(String[] keyTypes, Principal[] issuers, Socket socket) {
        return choose(keyTypes, issuers);
    }

    @Override
    public String chooseEngineClientAlias(String[] keyTypes, Principal[] issuers, SSLEngine engine) {
        return choose(keyTypes, issuers);
    }

    @Override
    public String[] getClientAliases(String keyType, Principal[] issuers) {
        String alias = choose(new String[] {keyType}, issuers);
        return alias == null ? null : new String[] {alias};
    }

    private String choose(String[] keyTypes, Principal[] issuers) {
        if (keyTypes == null || Arrays.stream(keyTypes).noneMatch("RSA"::equals)) {
            LOG.debug("the server asks for a {} client key; the card's is RSA", Arrays.toString(keyTypes));
            return null;
        }
        X509Certificate certificate = credential.certificate();
        if (issuers != null
                && issuers.length > 0
                && Arrays.stream(issuers).noneMatch(certificate.getIssuerX500Principal()::equals)) {
            LOG.debug("the server accepts client certificates from other issuers than the card's");
            return null;
        }
        return CardCredential.alias(credential.identity());
    }

    /**
     * Returns nothing: the card authenticates clients only.
     *
     * @return {@code null}
     */
    @Override
    public String[] getServerAliases(String keyType, Principal[] issuers) {
        return null;
    }

    /**
     * Returns nothing: the card authenticates clients only.
     *
     * @return {@code null}
     */
    @Override
    public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
        return null;
    }

    @Override
    public X509Certificate[] getCertificateChain(String alias) {
        return isCard(alias) ? new X509Certificate[] {credential.certificate()} : null;
    }

    @Override
    public PrivateKey getPrivateKey(String alias) {
        return isCard(alias) ? credential.privateKey() : null;
    }

    private boolean isCard(String alias) {
        return alias != null && alias.equals(CardCredential.alias(credential.identity()));
    }

    @Override
    public String toString() {
        return "CardKeyManager[" + protocols + "]";
    }
}
