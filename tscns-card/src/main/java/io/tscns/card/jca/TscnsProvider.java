package io.tscns.card.jca;

import io.tscns.card.key.HashAlgorithm;
import java.security.Provider;
import java.security.Security;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The TS-CNS card as a JCA provider (<i>provider JCA della carta</i>), for applications that sign or authenticate
 * through the standard interfaces: a {@code KeyStore} of type {@value #KEY_STORE_TYPE} holding the card's
 * authentication key and certificate ({@link TscnsKeyStoreParameter}), and {@code Signature}s with that key:
 * {@code SHA1withRSA}, {@code SHA256withRSA}, {@code SHA384withRSA}, {@code SHA512withRSA} and {@code NONEwithRSA}
 * (the caller gives the DigestInfo) on every card, and {@code RSASSA-PSS} only for a card whose profile computes raw
 * RSA ({@link CardPrivateKey#supportsPss()}); for any other key the provider does not claim PSS, so JSSE and the
 * JDK's provider selection pass it by ({@code docs/card.md §11}).
 *
 * <p>Each service takes only a {@link CardPrivateKey} for signing; verification with a public key is left to the
 * JDK. The PIN is asked for through the key store's {@link javax.security.auth.callback.CallbackHandler} only when
 * the card says it is needed, and never kept. Register it with {@link #install()} when other code (JSSE) looks the
 * algorithms up by name; {@link CardKeyManager} does so. Thread-safe.
 *
 * @since 0.1.0
 */
public final class TscnsProvider extends Provider {

    private static final long serialVersionUID = 1L;

    /** The provider's name. */
    public static final String NAME = "TSCNS";
    /** The key store type. */
    public static final String KEY_STORE_TYPE = "TSCNS";

    /** Creates the provider; {@link #install()} registers one instance with the JDK. */
    public TscnsProvider() {
        super(NAME, "0.1", "TS-CNS card: KeyStore TSCNS and RSA signatures with the card's authentication key");
        putService(new CardService(this, "KeyStore", KEY_STORE_TYPE, TscnsKeyStoreSpi::new, false));
        for (HashAlgorithm hash : HashAlgorithm.values()) {
            putService(new CardService(
                    this, "Signature", hash.signatureAlgorithm(), () -> new CardSignatureSpi.Pkcs1(hash), false));
        }
        putService(new CardService(this, "Signature", "NONEwithRSA", CardSignatureSpi.DigestInfo::new, false));
        putService(new CardService(this, "Signature", "RSASSA-PSS", CardSignatureSpi.Pss::new, true));
    }

    /**
     * Registers the provider with the JDK, after the others, unless a provider of this name is registered already.
     *
     * @return the registered provider
     */
    public static Provider install() {
        synchronized (TscnsProvider.class) {
            Provider present = Security.getProvider(NAME);
            if (present != null) {
                return present;
            }
            TscnsProvider provider = new TscnsProvider();
            Security.addProvider(provider);
            return provider;
        }
    }

    /** A service that creates its implementation directly and accepts only card keys. */
    private static final class CardService extends Service {
        private final Supplier<Object> factory;
        private final boolean needsPss;

        CardService(Provider provider, String type, String algorithm, Supplier<Object> factory, boolean needsPss) {
            super(
                    provider,
                    type,
                    algorithm,
                    factory.getClass().getName(),
                    List.of(),
                    type.equals("Signature")
                            ? Map.of("SupportedKeyClasses", CardPrivateKey.class.getName())
                            : Map.of());
            this.factory = factory;
            this.needsPss = needsPss;
        }

        @Override
        public Object newInstance(Object constructorParameter) {
            return factory.get();
        }

        @Override
        public boolean supportsParameter(Object parameter) {
            if (!getType().equals("Signature")) {
                return false;
            }
            return parameter instanceof CardPrivateKey key && (!needsPss || key.supportsPss());
        }
    }
}
