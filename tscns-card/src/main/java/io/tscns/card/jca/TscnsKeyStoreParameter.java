package io.tscns.card.jca;

import io.tscns.card.CnsCard;
import java.security.KeyStore;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the {@code TSCNS} key store is loaded with (<i>parametri del key store della carta</i>): the card, or a way
 * to open it from its reader again after it was removed or changed, and how the PIN is obtained.
 *
 * <ul>
 *   <li>{@link KeyStore.CallbackHandlerProtection}: the handler gets a {@link PinCallback} whenever the card needs
 *       the PIN (first signature, and again after the card was reset); the provider keeps no PIN.</li>
 *   <li>{@link KeyStore.PasswordProtection}: the PIN, as {@code char[]}, is verified on the card when the store is
 *       loaded, then forgotten (the caller wipes its array); a later need for the PIN fails with
 *       {@link PinProblem.NoPinSource}.</li>
 *   <li>{@code null}: the card must already have its PIN verified.</li>
 * </ul>
 *
 * <pre>{@code
 * KeyStore store = KeyStore.getInstance("TSCNS", TscnsProvider.install());
 * store.load(TscnsKeyStoreParameter.of(card, new KeyStore.CallbackHandlerProtection(handler)));
 * }</pre>
 *
 * Immutable.
 *
 * @since 0.1.0
 */
public final class TscnsKeyStoreParameter implements KeyStore.LoadStoreParameter {

    private final CnsCard card;
    private final Supplier<CnsCard> opener;
    private final KeyStore.ProtectionParameter protection;

    private TscnsKeyStoreParameter(CnsCard card, Supplier<CnsCard> opener, KeyStore.ProtectionParameter protection) {
        this.card = card;
        this.opener = opener;
        this.protection = protection;
    }

    /**
     * Loads the store from an opened card, which the caller closes. If the card is removed, the store's key stops
     * working; load the store again with the new card.
     *
     * @param card       the card
     * @param protection a {@link KeyStore.CallbackHandlerProtection}, a {@link KeyStore.PasswordProtection} or
     *                   {@code null}
     * @return the parameter
     */
    public static TscnsKeyStoreParameter of(CnsCard card, KeyStore.ProtectionParameter protection) {
        return new TscnsKeyStoreParameter(Objects.requireNonNull(card, "card"), null, protection);
    }

    /**
     * Loads the store from a reader: the opener is called now and again whenever the card in the reader was
     * removed, reset or changed, so the store's alias follows the card in the reader. The store closes the cards it
     * opened when it opens another.
     *
     * @param opener     opens the card in the reader, e.g. {@code () -> PcscCards.open(reader)}
     * @param protection a {@link KeyStore.CallbackHandlerProtection}, a {@link KeyStore.PasswordProtection} or
     *                   {@code null}
     * @return the parameter
     */
    public static TscnsKeyStoreParameter reopening(Supplier<CnsCard> opener, KeyStore.ProtectionParameter protection) {
        return new TscnsKeyStoreParameter(null, Objects.requireNonNull(opener, "opener"), protection);
    }

    /**
     * Returns how the PIN is obtained.
     *
     * @return the protection, or {@code null}
     */
    @Override
    public KeyStore.ProtectionParameter getProtectionParameter() {
        return protection;
    }

    CardCredential credential() {
        PinSource pins = PinSource.of(protection);
        return card != null ? CardCredential.of(card, pins) : CardCredential.reopening(opener, pins);
    }
}
