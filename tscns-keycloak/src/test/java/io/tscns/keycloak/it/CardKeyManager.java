package io.tscns.keycloak.it;

import io.tscns.testpki.TestCredential;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedKeyManager;

/**
 * A citizen's browser presenting a card's certificate whatever CA names the server asks for: the JDK's own key
 * manager would withhold a certificate from a CA not in nginx's list, and the test wants Keycloak to judge it, as
 * a browser with one certificate installed offers it.
 */
final class CardKeyManager extends X509ExtendedKeyManager {

    private static final String ALIAS = "card";
    private final TestCredential card;

    private CardKeyManager(TestCredential card) {
        this.card = card;
    }

    /** Returns a client TLS context presenting the card and trusting the given server anchors. */
    static SSLContext context(TestCredential card, Collection<X509Certificate> serverAnchors)
            throws GeneralSecurityException {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        try {
            trust.load(null, null);
        } catch (java.io.IOException e) {
            throw new GeneralSecurityException(e);
        }
        int i = 0;
        for (X509Certificate anchor : serverAnchors) {
            trust.setCertificateEntry("anchor-" + i++, anchor);
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(new CardKeyManager[] {new CardKeyManager(card)}, factory.getTrustManagers(), null);
        return context;
    }

    @Override
    public String[] getClientAliases(String keyType, Principal[] issuers) {
        return new String[] {ALIAS};
    }

    @Override
    public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
        return ALIAS;
    }

    @Override
    public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
        return ALIAS;
    }

    @Override
    public String[] getServerAliases(String keyType, Principal[] issuers) {
        return new String[0];
    }

    @Override
    public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
        return null;
    }

    @Override
    public X509Certificate[] getCertificateChain(String alias) {
        return card.chain().toArray(new X509Certificate[0]);
    }

    @Override
    public PrivateKey getPrivateKey(String alias) {
        return card.privateKey();
    }
}
