package io.tscns.card.jca;

import static io.tscns.card.jca.CardKeyFixtures.TypingHandler;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.card.CnsCard;
import io.tscns.card.key.HashAlgorithm;
import io.tscns.card.smartcardio.PcscCards;
import io.tscns.simcard.CardFactory;
import io.tscns.simcard.CardHolder;
import io.tscns.simcard.IssuedCard;
import io.tscns.simcard.SimulatedProfile;
import io.tscns.simcard.smartcardio.SimulatedReaders;
import io.tscns.simcard.smartcardio.SimulatedTerminal;
import io.tscns.test.junit.SimulatedCardExtension;
import io.tscns.test.junit.WithSimulatedCard;
import io.tscns.testpki.KeyPairSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Signature;
import java.security.SignatureException;
import java.security.interfaces.RSAKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import javax.smartcardio.CardTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The provider against the simulated card through tscns-simcard's in-process {@code javax.smartcardio} readers: the
 * key store lists the card's key under the holder's alias, every signature verifies with the certificate's key in
 * the JDK and with openssl, the PIN is asked for only when the card needs it, and RSASSA-PSS is claimed only for a
 * card that computes raw RSA.
 */
@WithSimulatedCard(seed = 2020)
class TscnsProviderTest {

    private static final byte[] DATA = "documento da firmare".getBytes(StandardCharsets.UTF_8);
    private static final Provider PROVIDER = new TscnsProvider();

    @TempDir
    Path directory;

    private static KeyStore load(CnsCard card, TypingHandler handler) throws Exception {
        KeyStore store = KeyStore.getInstance("TSCNS", PROVIDER);
        store.load(TscnsKeyStoreParameter.of(card, new KeyStore.CallbackHandlerProtection(handler)));
        return store;
    }

    private static byte[] sign(String algorithm, PrivateKey key, byte[] data) throws Exception {
        Signature signature = Signature.getInstance(algorithm, PROVIDER);
        signature.initSign(key);
        signature.update(data);
        return signature.sign();
    }

    @Test
    void theKeyStoreListsTheCardsKeyUnderTheHoldersNameAndCardId(CardTerminal reader, IssuedCard issued)
            throws Exception {
        try (CnsCard card = PcscCards.open(reader)) {
            KeyStore store = load(card, TypingHandler.typing(issued.pin()));
            String alias = "MARIO ROSSI " + issued.cardId().value();
            assertEquals(List.of(alias), Collections.list(store.aliases()));
            assertTrue(store.isKeyEntry(alias));
            assertEquals(issued.certificate(), store.getCertificate(alias));
            assertEquals(alias, store.getCertificateAlias(issued.certificate()));
            PrivateKey key = (PrivateKey) store.getKey(alias, null);
            assertNull(key.getEncoded(), "the key never leaves the card");
            assertNull(key.getFormat());
            assertEquals("RSA", key.getAlgorithm());
            assertEquals(
                    ((RSAPublicKey) issued.certificate().getPublicKey()).getModulus(), ((RSAKey) key).getModulus());
            KeyStore.PrivateKeyEntry entry = (KeyStore.PrivateKeyEntry) store.getEntry(alias, null);
            assertEquals(issued.certificate(), entry.getCertificate());
            assertInstanceOf(CardPrivateKey.class, entry.getPrivateKey());
            assertThrows(java.security.KeyStoreException.class, () -> store.deleteEntry(alias));

            assertEquals(1, store.size());
            assertTrue(store.containsAlias(alias.toLowerCase(java.util.Locale.ROOT)), "aliases ignore case");
            assertFalse(store.isCertificateEntry(alias), "a key entry, not a trusted certificate");
            assertEquals(issued.certificate().getNotBefore(), store.getCreationDate(alias));
            String other = "LUIGI BIANCHI " + issued.cardId().value();
            assertFalse(store.containsAlias(other));
            assertFalse(store.isKeyEntry(other));
            assertNull(store.getCertificate(other));
            assertNull(store.getCreationDate(other));
        }
    }

    @Test
    void aPasswordGivenToLoadIsVerifiedThereAndAKeyStoreLoadsOnlyFromACard(CardTerminal reader, IssuedCard issued)
            throws Exception {
        try (CnsCard card = PcscCards.open(reader)) {
            KeyStore store = KeyStore.getInstance("TSCNS", PROVIDER);
            var refused = assertThrows(
                    java.io.IOException.class,
                    () -> store.load(
                            TscnsKeyStoreParameter.of(card, new KeyStore.PasswordProtection("99999".toCharArray()))));
            assertInstanceOf(PinEntryException.class, refused.getCause());
            store.load(TscnsKeyStoreParameter.of(
                    card, new KeyStore.PasswordProtection(issued.pin().toCharArray())));
            assertEquals(
                    issued.card().securityStatus().pinMaxTries(),
                    issued.card().securityStatus().pinTriesLeft(),
                    "the right PIN at load reset the tries the wrong one spent");
            assertThrows(
                    IllegalArgumentException.class,
                    () -> store.load(new KeyStore.LoadStoreParameter() {
                        @Override
                        public KeyStore.ProtectionParameter getProtectionParameter() {
                            return null;
                        }
                    }));
        }
    }

    @Test
    void everyPkcs1SignatureVerifiesInTheJdkAndTheDigestInfoOneMatchesSha256(CardTerminal reader, IssuedCard issued)
            throws Exception {
        try (CnsCard card = PcscCards.open(reader)) {
            TypingHandler handler = TypingHandler.typing(issued.pin());
            KeyStore store = load(card, handler);
            PrivateKey key = (PrivateKey) store.getKey(store.aliases().nextElement(), null);
            for (HashAlgorithm hash : HashAlgorithm.values()) {
                byte[] signature = sign(hash.signatureAlgorithm(), key, DATA);
                Signature verifier = Signature.getInstance(hash.signatureAlgorithm());
                verifier.initVerify(issued.certificate());
                verifier.update(DATA);
                assertTrue(verifier.verify(signature), hash.signatureAlgorithm());
            }
            byte[] digestInfo = HashAlgorithm.SHA_256.digestInfo(
                    MessageDigest.getInstance("SHA-256").digest(DATA));
            assertArrayEquals(
                    sign("SHA256withRSA", key, DATA),
                    sign("NONEwithRSA", key, digestInfo),
                    "PKCS#1 v1.5 is deterministic: the DigestInfo signature is the SHA256withRSA one");
            assertEquals(1, handler.prompts.get(), "the PIN was asked once; the card remembered it");
        }
    }

    @Test
    void aSignatureVerifiesWithOpenssl(CardTerminal reader, IssuedCard issued) throws Exception {
        try (CnsCard card = PcscCards.open(reader)) {
            KeyStore store = load(card, TypingHandler.typing(issued.pin()));
            PrivateKey key = (PrivateKey) store.getKey(store.aliases().nextElement(), null);
            byte[] publicKey = issued.certificate().getPublicKey().getEncoded();
            assertEquals(
                    "Verified OK",
                    CardKeyFixtures.opensslVerify(directory, publicKey, DATA, sign("SHA256withRSA", key, DATA)));
            byte[] pss = pss(key, DATA);
            assertEquals(
                    "Verified OK",
                    CardKeyFixtures.opensslVerify(
                            directory,
                            publicKey,
                            DATA,
                            pss,
                            "-sigopt",
                            "rsa_padding_mode:pss",
                            "-sigopt",
                            "rsa_pss_saltlen:32"));
            pss[10] ^= 1;
            assertFalse(CardKeyFixtures.opensslVerify(
                            directory,
                            publicKey,
                            DATA,
                            pss,
                            "-sigopt",
                            "rsa_padding_mode:pss",
                            "-sigopt",
                            "rsa_pss_saltlen:32")
                    .contains("Verified OK"));
        }
    }

    private static byte[] pss(PrivateKey key, byte[] data) throws Exception {
        Signature signature = Signature.getInstance("RSASSA-PSS", PROVIDER);
        signature.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
        signature.initSign(key);
        signature.update(data);
        return signature.sign();
    }

    @Test
    void oneSignatureObjectSignsAgainAfterSignOrInitAndVerifiesThroughTheJdk(CardTerminal reader, IssuedCard issued)
            throws Exception {
        try (CnsCard card = PcscCards.open(reader)) {
            PrivateKey key = (PrivateKey) load(card, TypingHandler.typing(issued.pin()))
                    .getKey("MARIO ROSSI " + issued.cardId().value(), null);
            Signature signer = Signature.getInstance("SHA256withRSA", PROVIDER);
            signer.initSign(key);
            signer.update("left over".getBytes(StandardCharsets.UTF_8));
            signer.initSign(key); // starts again: what came before is dropped
            signer.update(DATA);
            byte[] first = signer.sign();
            signer.update(DATA); // sign() started again too
            assertArrayEquals(first, signer.sign());

            Signature verifier = Signature.getInstance("SHA256withRSA", PROVIDER);
            verifier.initVerify(issued.certificate().getPublicKey());
            verifier.update(DATA[0]);
            verifier.update(DATA, 1, DATA.length - 1);
            assertTrue(verifier.verify(first));
            verifier.update(DATA);
            first[5] ^= 1;
            assertFalse(verifier.verify(first));
            Signature unused = Signature.getInstance("SHA256withRSA", PROVIDER);
            assertThrows(java.security.InvalidKeyException.class, () -> unused.initSign(null));

            Signature pss = Signature.getInstance("RSASSA-PSS", PROVIDER);
            PSSParameterSpec spec = new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1);
            pss.setParameter(spec);
            byte[][] signatures = new byte[2][];
            for (int i = 0; i < 2; i++) {
                java.security.SecureRandom seeded = java.security.SecureRandom.getInstance("SHA1PRNG");
                seeded.setSeed(42);
                pss.initSign(key, seeded);
                pss.update(DATA);
                signatures[i] = pss.sign();
            }
            assertArrayEquals(signatures[0], signatures[1], "the salt comes from the random given to initSign");
            Signature pssVerifier = Signature.getInstance("RSASSA-PSS", PROVIDER);
            pssVerifier.setParameter(spec);
            pssVerifier.initVerify(issued.certificate().getPublicKey());
            pssVerifier.update(DATA);
            assertTrue(pssVerifier.verify(signatures[0]));
        }
    }

    @Test
    void aRawRsaCardMakesRsaPssSignaturesTheJdkVerifies(CardTerminal reader, IssuedCard issued) throws Exception {
        try (CnsCard card = PcscCards.open(reader)) {
            PrivateKey key = (PrivateKey) load(card, TypingHandler.typing(issued.pin()))
                    .getKey("MARIO ROSSI " + issued.cardId().value(), null);
            assertTrue(((CardPrivateKey) key).supportsPss());
            byte[] first = pss(key, DATA);
            Signature verifier = Signature.getInstance("RSASSA-PSS");
            verifier.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
            verifier.initVerify(issued.certificate().getPublicKey());
            verifier.update(DATA);
            assertTrue(verifier.verify(first));
            assertFalse(java.util.Arrays.equals(first, pss(key, DATA)), "each signature has a fresh salt");
        }
    }

    @Test
    void aCardThatPadsOnTheCardIsNotClaimedForPss(CardTerminal reader, IssuedCard issued) throws Exception {
        try (CnsCard card = PcscCards.open(reader, CardKeyFixtures.PADS_ON_CARD)) {
            KeyStore store = load(card, TypingHandler.typing(issued.pin()));
            CardPrivateKey key = (CardPrivateKey) store.getKey(store.aliases().nextElement(), null);
            assertFalse(key.supportsPss());
            assertFalse(PROVIDER.getService("Signature", "RSASSA-PSS").supportsParameter(key));
            assertTrue(PROVIDER.getService("Signature", "SHA256withRSA").supportsParameter(key));
            Signature pss = Signature.getInstance("RSASSA-PSS", PROVIDER);
            assertThrows(InvalidKeyException.class, () -> pss.initSign(key));
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(issued.certificate());
            verifier.update(DATA);
            assertTrue(verifier.verify(sign("SHA256withRSA", key, DATA)), "PKCS#1 v1.5 works with the card padding");
        }
    }

    @Test
    void aWrongPinIsAskedAgainWithTheTriesLeftAndACancelIsATypedFailure(CardTerminal reader, IssuedCard issued)
            throws Exception {
        try (CnsCard card = PcscCards.open(reader)) {
            TypingHandler handler =
                    new TypingHandler("99999", new String(issued.pin().toCharArray()));
            PrivateKey key = (PrivateKey)
                    load(card, handler).getKey("MARIO ROSSI " + issued.cardId().value(), null);
            sign("SHA256withRSA", key, DATA);
            assertEquals(2, handler.prompts.get());
            assertEquals(OptionalInt.empty(), handler.seen.get(0).triesLeft());
            assertEquals(OptionalInt.of(2), handler.seen.get(1).triesLeft());
            assertTrue(
                    new String(handler.seen.get(1).getPassword()).isBlank(),
                    "the provider wiped the PIN it was given (PasswordCallback.clearPassword blanks it)");
        }
        try (CnsCard card = PcscCards.open(reader)) {
            PrivateKey key = (PrivateKey) load(card, new TypingHandler())
                    .getKey("MARIO ROSSI " + issued.cardId().value(), null);
            SignatureException failure = assertThrows(SignatureException.class, () -> sign("SHA256withRSA", key, DATA));
            PinEntryException cause = assertInstanceOf(PinEntryException.class, failure.getCause());
            assertInstanceOf(PinProblem.EntryCancelled.class, cause.problem());
        }
    }

    @Test
    void theThirdWrongPinIsBlockedWithoutAFourthPrompt(CardTerminal reader, IssuedCard issued) throws Exception {
        try (CnsCard card = PcscCards.open(reader)) {
            TypingHandler handler = new TypingHandler("99999", "99999", "99999", "99999");
            PrivateKey key = (PrivateKey)
                    load(card, handler).getKey("MARIO ROSSI " + issued.cardId().value(), null);
            SignatureException failure = assertThrows(SignatureException.class, () -> sign("SHA256withRSA", key, DATA));
            assertInstanceOf(
                    PinProblem.PinBlocked.class,
                    assertInstanceOf(PinEntryException.class, failure.getCause())
                            .problem());
            assertEquals(3, handler.prompts.get(), "a refusal with 0 tries left is the PIN blocked");
        }
    }

    @Test
    void aPinGivenToGetKeyIsVerifiedThereAndAWrongOneIsRefusedWithoutARetry(CardTerminal reader, IssuedCard issued)
            throws Exception {
        try (CnsCard card = PcscCards.open(reader)) {
            KeyStore store = KeyStore.getInstance("TSCNS", PROVIDER);
            store.load(TscnsKeyStoreParameter.of(card, null));
            String alias = store.aliases().nextElement();
            var failure = assertThrows(
                    java.security.UnrecoverableKeyException.class, () -> store.getKey(alias, "99999".toCharArray()));
            PinProblem.WrongPin wrong =
                    assertInstanceOf(PinProblem.WrongPin.class, ((PinEntryException) failure.getCause()).problem());
            assertEquals(OptionalInt.of(2), wrong.triesLeft());
            PrivateKey key = (PrivateKey) store.getKey(alias, issued.pin().toCharArray());
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(issued.certificate());
            verifier.update(DATA);
            assertTrue(verifier.verify(sign("SHA256withRSA", key, DATA)));
        }
    }

    @Test
    void aStoreLoadedFromAReaderFollowsTheCardInIt(SimulatedReaders readers, IssuedCard issued) throws Exception {
        SimulatedTerminal reader = readers.terminal(SimulatedCardExtension.READER_NAME);
        KeyStore store = KeyStore.getInstance("TSCNS", PROVIDER);
        store.load(TscnsKeyStoreParameter.reopening(
                () -> PcscCards.open(reader), new KeyStore.CallbackHandlerProtection(new TypingHandler())));
        assertEquals(List.of("MARIO ROSSI " + issued.cardId().value()), Collections.list(store.aliases()));
        try (IssuedCard other = CardFactory.builder()
                .keys(KeyPairSource.seeded(77))
                .build()
                .issue(CardHolder.example(), SimulatedProfile.CLASSIC)) {
            reader.remove();
            reader.insert(other.card());
            assertEquals(
                    List.of("MARIO ROSSI " + other.cardId().value()),
                    Collections.list(store.aliases()),
                    "the alias follows the card now in the reader");
            assertEquals(
                    other.certificate(), store.getCertificate(store.aliases().nextElement()));
        }
    }

    @Test
    @WithSimulatedCard(profile = SimulatedProfile.ACE_2025, seed = 2020)
    void aGenerationWhoseSigningIsNotPublicIsATypedRefusal(CardTerminal reader) {
        try (CnsCard card = PcscCards.open(reader)) {
            var failure = assertThrows(java.io.IOException.class, () -> load(card, new TypingHandler()));
            assertInstanceOf(io.tscns.card.error.NotSupportedOnGenerationException.class, failure.getCause());
            assertThrows(
                    io.tscns.card.error.NotSupportedOnGenerationException.class,
                    () -> CardKeyManager.of(card, new TypingHandler()));
        }
    }
}
