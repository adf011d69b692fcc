package io.tscns.card;

import io.tscns.card.error.CardAccessException;
import io.tscns.card.error.CardCommunicationException;
import io.tscns.card.error.CardFileNotFoundException;
import io.tscns.card.error.GenerationGap;
import io.tscns.card.error.NotSupportedOnGenerationException;
import io.tscns.card.error.PinPadException;
import io.tscns.card.error.PinPadProblem;
import io.tscns.card.error.SecurityStatusNotSatisfiedException;
import io.tscns.card.error.UnexpectedResponseException;
import io.tscns.card.error.UnsupportedCardException;
import io.tscns.card.fs.CardFileCache;
import io.tscns.card.fs.CnsFile;
import io.tscns.card.fs.CnsFileSystem;
import io.tscns.card.generation.ApplicationProbe;
import io.tscns.card.generation.CardGeneration;
import io.tscns.card.generation.CardGenerations;
import io.tscns.card.generation.CardOperation;
import io.tscns.card.internal.CardOpener;
import io.tscns.card.internal.CardSession;
import io.tscns.card.key.EmsaPss;
import io.tscns.card.key.HashAlgorithm;
import io.tscns.card.key.KeyOperations;
import io.tscns.card.pin.PinOperations;
import io.tscns.card.pin.PinPadOperations;
import io.tscns.card.pin.PinStatus;
import io.tscns.card.pin.VerificationResult;
import io.tscns.card.profile.CardProfile;
import io.tscns.card.profile.Quirk;
import io.tscns.card.profile.Quirks;
import io.tscns.card.profile.Rejection;
import io.tscns.card.profile.SigningMethod;
import io.tscns.card.transport.CardTransport;
import io.tscns.card.transport.Transports;
import io.tscns.core.TscnsException;
import io.tscns.core.card.CardId;
import io.tscns.core.card.TeamNumber;
import io.tscns.core.personaldata.PersonalDataCodec;
import io.tscns.core.personaldata.PersonalDataFile;
import io.tscns.core.secret.Pin;
import io.tscns.core.secret.Puk;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A TS-CNS card (<i>Tessera Sanitaria – Carta Nazionale dei Servizi</i>) opened for use: read its identity, manage
 * its PIN, and sign with its authentication key. This is the facade over the layers of this module: transport and
 * decorators, the CNS file system, PIN and key operations, and the card profile recognised from the ATR.
 *
 * <h2>Opening</h2>
 * {@link #open(CardTransport, byte[], CnsCardOptions)} works over any transport: a simulated card, a recorded
 * script, an NFC or remote reader; it needs no {@code java.smartcardio}. A card in a PC/SC reader is opened with
 * {@link io.tscns.card.smartcardio.PcscCards}, which connects through {@code javax.smartcardio} (T=1, falling back
 * to any protocol) and closes the connection on {@link #close()}, resetting the card by default so a verified PIN
 * does not outlive the session. Opening a card whose ATR a CNS rule recognises sends no APDU. A card whose ATR no
 * rule knows (or a contactless one) is recognised by its application: opening sends one SELECT by AID per
 * generation of {@link CnsCardOptions#generations()} until one answers ({@code docs/card.md §10}). A card that is
 * none of these fails with {@link UnsupportedCardException} saying why (DSD, HPC or CIE sibling, unknown ATR and no
 * known application).
 *
 * <h2>Card generations</h2>
 * Where the files live, how the card id is stored and which operations are known come from the card's
 * {@link #generation()}. An applet-based generation gets its application selected at the start of every operation
 * (one APDU). An operation whose APDUs the public facts do not give on that generation (the ACe 2025's PIN and
 * signing) fails with {@link NotSupportedOnGenerationException} before any APDU is sent.
 *
 * <h2>APDUs of {@link #readIdentity()}</h2>
 * For the reference card (a 2 KB certificate, 400 bytes of personal data) with short APDUs: EF.ID_Carta 2 (select,
 * read 16 bytes), EF.Dati_personali 3 (select, 255 + 145 bytes), the certificate 9 (select, 8 reads of up to 255
 * bytes): <b>14 APDUs</b>, that is the three selects plus ceil(size / 255) reads per file. With extended length
 * (CNS 1.1 cards) each file over 256 bytes is one read: <b>6 APDUs</b>. A second call for a card already in the
 * cache sends only the check that it is the same card, EF.ID_Carta's select and read: <b>2 APDUs</b>.
 *
 * <h2>PIN-pad readers</h2>
 * On a PC/SC reader with a keypad (part 10, {@code docs/pcsc.md §10}), {@link #verifyPinOnReader()},
 * {@link #changePinOnReader()} and {@link #unblockPinOnReader()} have the reader ask the codes and complete the same
 * commands the methods taking a {@link Pin} send, so the PIN and PUK never reach the host; {@link #hasPinPad()} says
 * whether the reader can.
 *
 * <h2>Signing</h2>
 * {@link #authenticate(byte[])} returns a PKCS#1 v1.5 signature over the SHA-256 DigestInfo of the challenge,
 * which a server verifies with the certificate's public key as {@code SHA256withRSA}. The card computes it with
 * its profile's method (raw RSA through PSO DECIPHER on every known batch, as OpenSC does; PSO COMPUTE DIGITAL
 * SIGNATURE where a profile says so), after the PIN has been verified. The SDK checks the signature against the
 * certificate before returning it. {@link #signDigestInfo(byte[])} signs a DigestInfo the caller built, and
 * {@link #signPss} makes an RSASSA-PSS signature on a card whose {@link #signingMethod()} is raw RSA; for the
 * standard JCA interfaces over these, see {@link io.tscns.card.jca.TscnsProvider}.
 *
 * <h2>Threads</h2>
 * A {@code CnsCard} is thread-safe by serialisation: each public method holds a lock and, on a PC/SC connection,
 * exclusive access to the card for all its APDUs, so operations of several threads never interleave on the card.
 * The card's security state is shared, though: once any thread has verified the PIN, any thread's signature uses
 * it. Applications that serve several users open one {@code CnsCard} per card and per user session.
 *
 * @since 0.1.0
 */
public final class CnsCard implements AutoCloseable {

    static {
        // The PC/SC adapter opens cards over its own sessions through this constructor; see CardOpener.
        CardOpener.register(CnsCard::new);
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final CardSession session;
    private final Optional<CardProfile> profile;
    private final CardGenerations generations;
    private final CnsFileSystem fileSystem;
    private final PinOperations pins;
    private final KeyOperations keys;
    private final CardFileCache cache;
    private final Quirks quirks;
    private Optional<PinPadOperations> pinPad;
    private CardGeneration generation;
    private boolean generationSettled;
    private CardId operationCardId;
    private boolean closed;

    private CnsCard(CardSession session, CnsCardOptions options) {
        this.session = session;
        this.generations = options.generations();
        CardTransport transport = Transports.standard(session.transport(), options.traceDetail());
        Optional<CardProfile> fromAtr;
        try {
            fromAtr = Optional.of(options.profiles().require(session.atr(), options.atrRule()));
            this.generation = CardGenerations.CLASSIC;
        } catch (UnsupportedCardException e) {
            // An ATR no rule knows (or a contactless one) may still be a CNS of a generation recognised by its
            // application (docs/card.md §10); siblings and malformed ATRs are refused at once.
            if (!(e.reason() instanceof Rejection.NotCns || e.reason() instanceof Rejection.Contactless)) {
                throw e;
            }
            fromAtr = Optional.empty();
            this.generation = probe(new CnsFileSystem(transport, false), generations, e);
            this.generationSettled = true;
        }
        this.profile = fromAtr;
        this.quirks = fromAtr.map(CardProfile::quirks).orElse(generation.quirks());
        this.fileSystem = new CnsFileSystem(transport, options.extendedLength() && quirks.extendedLength());
        this.pins = new PinOperations(transport, quirks);
        this.keys = new KeyOperations(
                transport, options.extendedLength() ? quirks : new Quirk.ExtendedLength(false).applyTo(quirks));
        this.cache = options.cache().orElseGet(() -> CardFileCache.create(1));
    }

    /**
     * Opens a card over a transport with the default options.
     *
     * @param transport the raw transport to the card
     * @param atr       the card's ATR
     * @return the opened card
     * @throws UnsupportedCardException if the ATR is not a CNS
     */
    public static CnsCard open(CardTransport transport, byte[] atr) {
        return open(transport, atr, CnsCardOptions.defaults());
    }

    /**
     * Opens a card over a transport. Closing the {@code CnsCard} leaves the transport alone.
     *
     * @param transport the raw transport to the card (the SDK adds its decorators)
     * @param atr       the card's ATR
     * @param options   the options
     * @return the opened card
     * @throws UnsupportedCardException if the ATR is not a CNS
     */
    public static CnsCard open(CardTransport transport, byte[] atr, CnsCardOptions options) {
        return new CnsCard(CardSession.of(Objects.requireNonNull(transport, "transport"), atr), options);
    }

    /** Recognises an unknown ATR by its application; a card that answers nonsense keeps the ATR's rejection. */
    private static CardGeneration probe(CnsFileSystem files, CardGenerations table, UnsupportedCardException atr) {
        try {
            return ApplicationProbe.find(files, table).orElseThrow(() -> atr);
        } catch (UnexpectedResponseException nonsense) {
            atr.addSuppressed(nonsense);
            throw atr;
        }
    }

    /**
     * Returns what the ATR says about the card.
     *
     * @return the card's profile, or empty for a card whose ATR no rule knows, recognised by its application
     */
    public Optional<CardProfile> profile() {
        return profile;
    }

    /**
     * Returns the card's generation: {@link CardGenerations#CLASSIC} for a card recognised from its ATR, until a
     * read finds its classic files absent and its application answers; an applet-based generation for a card
     * recognised by its application ({@code docs/card.md §10}).
     *
     * @return the generation as far as it is known
     */
    public CardGeneration generation() {
        lock.lock();
        try {
            return generation;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Reads EF.ID_Carta (2 APDUs).
     *
     * @return the card's serial number
     * @throws UnexpectedResponseException if the file is not 16 ASCII digits
     */
    public CardId readCardId() {
        return operation(this::cardId);
    }

    /**
     * Reads and decodes EF.Dati_personali, from the cache when this card was read before.
     *
     * @return the decoded file
     * @throws UnexpectedResponseException if the file breaks the format (the cause says how)
     */
    public PersonalDataFile readPersonalData() {
        return operation(() -> cached(cardId(), CnsFile.PERSONAL_DATA, CnsCard::personalData));
    }

    /**
     * Reads the authentication certificate (CNS0), from the cache when this card was read before.
     *
     * @return the certificate
     * @throws UnexpectedResponseException if the file is not a DER X.509 certificate
     */
    public X509Certificate readCertificate() {
        return operation(() -> cached(cardId(), CnsFile.AUTHENTICATION_CERTIFICATE, CnsCard::certificate));
    }

    /**
     * Reads the card id, the TEAM number, the personal data and the certificate in one operation: 14 APDUs on a
     * reference card with short APDUs, 6 with extended length, 2 for a card already in the cache (see the class
     * documentation).
     *
     * @return the identity
     * @throws UnexpectedResponseException if a file breaks its format
     */
    public CardIdentity readIdentity() {
        return operation(() -> {
            CardId id = cardId();
            PersonalDataFile personalData = cached(id, CnsFile.PERSONAL_DATA, CnsCard::personalData);
            X509Certificate certificate = cached(id, CnsFile.AUTHENTICATION_CERTIFICATE, CnsCard::certificate);
            return new CardIdentity(id, TeamNumber.fromCardId(id), personalData, certificate);
        });
    }

    /**
     * Reads any CNS file as bytes (EF.Dati_processore, the DF2 files, the status files); files written once at
     * personalisation come from the cache when this card was read before.
     *
     * @param file the file
     * @return its content
     * @throws CardFileNotFoundException if the card has no such file
     */
    public byte[] readFile(CnsFile file) {
        return operation(() -> file.cacheable() ? cached(cardId(), file, Function.identity()) : read(file));
    }

    /**
     * Reads a CNS file that may be absent, as the DF2 files often are.
     *
     * @param file the file
     * @return its content, or empty if the card answers 6A82
     */
    public Optional<byte[]> readFileIfPresent(CnsFile file) {
        return operation(() -> {
            try {
                return Optional.of(file.cacheable() ? cached(cardId(), file, Function.identity()) : read(file));
            } catch (CardFileNotFoundException e) {
                return Optional.empty();
            }
        });
    }

    /**
     * Asks how many PIN tries are left, without spending one.
     *
     * @return the PIN's status, or {@link PinStatus.NotReported} if the card does not answer this query
     */
    public PinStatus pinStatus() {
        return operation(CardOperation.PIN, pins::pinStatus);
    }

    /**
     * Asks how many PUK tries are left, without spending one.
     *
     * @return the PUK's status, or {@link PinStatus.NotReported} if the card does not answer this query
     */
    public PinStatus pukStatus() {
        return operation(CardOperation.PIN, pins::pukStatus);
    }

    /**
     * Verifies the PIN (<i>verifica del PIN</i>).
     *
     * @param pin the PIN; the caller destroys it
     * @return accepted, rejected with the tries left, or blocked
     */
    public VerificationResult verifyPin(Pin pin) {
        return operation(CardOperation.PIN, () -> pins.verify(pin));
    }

    /**
     * Changes the PIN (<i>cambio PIN</i>).
     *
     * @param current     the current PIN
     * @param replacement the new PIN
     * @return accepted, rejected with the tries left of the current PIN, or blocked
     */
    public VerificationResult changePin(Pin current, Pin replacement) {
        return operation(CardOperation.PIN, () -> pins.change(current, replacement));
    }

    /**
     * Unblocks the PIN with the PUK and sets a new PIN (<i>sblocco del PIN</i>).
     *
     * @param puk    the PUK
     * @param newPin the new PIN
     * @return accepted, rejected with the PUK's tries left, or the PUK is blocked
     */
    public VerificationResult unblockPin(Puk puk, Pin newPin) {
        return operation(CardOperation.PIN, () -> pins.unblock(puk, newPin));
    }

    /**
     * Unblocks the PIN with the PUK, keeping the PIN's value.
     *
     * @param puk the PUK
     * @return accepted, rejected with the PUK's tries left, or the PUK is blocked
     */
    public VerificationResult unblockPin(Puk puk) {
        return operation(CardOperation.PIN, () -> pins.unblock(puk));
    }

    /**
     * Tells whether the card sits in a PIN-pad reader (<i>lettore con tastierino</i>): a PC/SC reader that announces
     * {@code FEATURE_VERIFY_PIN_DIRECT} (PC/SC part 10, {@code docs/pcsc.md §10}). The first call asks the reader
     * with one control command, no APDU; the answer is kept for the connection. A card opened over a plain transport
     * has no reader and no PIN pad.
     *
     * @return whether {@link #verifyPinOnReader()} can be used
     * @throws io.tscns.card.error.UnexpectedResponseException if the reader's feature list is malformed
     */
    public boolean hasPinPad() {
        lock.lock();
        try {
            requireOpen();
            return pinPadOperations().isPresent();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Verifies the PIN typed on the reader's keypad (<i>verifica del PIN sul lettore</i>): the host sends the
     * reader the VERIFY of {@link #verifyPin(Pin)} with its PIN block blank, and the reader fills it in, so the PIN
     * never passes through the host. Blocks until the user has typed the PIN, pressed Cancel or the reader timed out.
     *
     * @return accepted, rejected with the tries left, or blocked
     * @throws PinPadException if the reader has no PIN pad, the entry timed out or was cancelled
     */
    public VerificationResult verifyPinOnReader() {
        return operation(CardOperation.PIN, () -> requirePinPad().verify());
    }

    /**
     * Changes the PIN on the reader's keypad (<i>cambio PIN sul lettore</i>): the reader asks the current PIN, then
     * the new one twice, and sends the CHANGE REFERENCE DATA of {@link #changePin(Pin, Pin)}.
     *
     * @return accepted, rejected with the tries left of the current PIN, or blocked
     * @throws PinPadException if the reader cannot modify a PIN, the entry timed out, was cancelled, or the two new
     *                         entries differ
     */
    public VerificationResult changePinOnReader() {
        return operation(CardOperation.PIN, () -> requirePinPad().change());
    }

    /**
     * Unblocks the PIN on the reader's keypad (<i>sblocco del PIN sul lettore</i>): the reader asks the PUK, then the
     * new PIN twice, and sends the RESET RETRY COUNTER of {@link #unblockPin(Puk, Pin)}.
     *
     * @return accepted, rejected with the PUK's tries left, or the PUK is blocked
     * @throws PinPadException if the reader cannot modify a PIN, the entry timed out, was cancelled, or the two new
     *                         entries differ
     */
    public VerificationResult unblockPinOnReader() {
        return operation(CardOperation.PIN, () -> requirePinPad().unblock());
    }

    /**
     * Unblocks the PIN with the PUK typed on the reader's keypad, keeping the PIN's value: the RESET RETRY COUNTER
     * of {@link #unblockPin(Puk)}.
     *
     * @return accepted, rejected with the PUK's tries left, or the PUK is blocked
     * @throws PinPadException if the reader has no PIN pad, the entry timed out or was cancelled
     */
    public VerificationResult unblockPinOnReaderKeepingPin() {
        return operation(CardOperation.PIN, () -> requirePinPad().unblockKeepingPin());
    }

    private Optional<PinPadOperations> pinPadOperations() {
        if (pinPad == null) {
            pinPad = session.readerControl().flatMap(control -> PinPadOperations.discover(control, quirks));
        }
        return pinPad;
    }

    private PinPadOperations requirePinPad() {
        return pinPadOperations().orElseThrow(() -> new PinPadException(PinPadProblem.FEATURE_MISSING));
    }

    /**
     * Signs a server's challenge for CNS login (<i>autenticazione</i>): a PKCS#1 v1.5 signature over the SHA-256
     * DigestInfo of the challenge, which the server verifies with the certificate's public key as
     * {@code SHA256withRSA}. The PIN must have been verified.
     *
     * @param challenge the bytes the server asked to sign
     * @return the signature, as long as the key's modulus
     * @throws SecurityStatusNotSatisfiedException if the PIN has not been verified
     * @throws UnexpectedResponseException         if the signature does not verify with the card's certificate
     */
    public byte[] authenticate(byte[] challenge) {
        return sign(HashAlgorithm.SHA_256, HashAlgorithm.SHA_256.digest(challenge));
    }

    /**
     * Signs a digest with the authentication key and checks the signature against the certificate.
     *
     * @param hash   the hash function that made the digest
     * @param digest the digest
     * @return the signature, verifiable with {@link HashAlgorithm#signatureAlgorithm()}
     * @throws SecurityStatusNotSatisfiedException if the PIN has not been verified
     * @throws UnexpectedResponseException         if the signature does not verify with the card's certificate
     */
    public byte[] sign(HashAlgorithm hash, byte[] digest) {
        byte[] digestInfo = hash.digestInfo(digest);
        return signDigestInfo(digestInfo);
    }

    /**
     * Signs a DigestInfo the caller built (JCA {@code NONEwithRSA}): a PKCS#1 v1.5 signature, checked against the
     * certificate.
     *
     * @param digestInfo the DER DigestInfo, at most the key's modulus length minus 11 bytes
     * @return the signature, as long as the key's modulus
     * @throws SecurityStatusNotSatisfiedException if the PIN has not been verified
     * @throws UnexpectedResponseException         if the signature does not verify with the card's certificate
     * @throws IllegalArgumentException            if the input is empty or too long for the key
     */
    public byte[] signDigestInfo(byte[] digestInfo) {
        return signChecked((modulusBits, key) -> {
            byte[] signature = keys.signDigestInfo(digestInfo, modulusBits);
            return verifies(key, digestInfo, signature) ? Optional.of(signature) : Optional.empty();
        });
    }

    /**
     * Signs a digest with RSASSA-PSS (RFC 8017 §8.1), MGF1 over the same hash and trailer {@code BC}: the host builds
     * the {@link EmsaPss} block with a random salt and the card's raw RSA signs it. Only a card whose
     * {@link #signingMethod()} is {@link SigningMethod#RAW_RSA_DECIPHER} can; the signature is checked against the
     * certificate.
     *
     * @param hash       the hash function of the digest and of MGF1
     * @param digest     the digest
     * @param saltLength the salt length in bytes (TLS 1.3: the digest length)
     * @param random     where the salt comes from
     * @return the signature, as long as the key's modulus
     * @throws SecurityStatusNotSatisfiedException if the PIN has not been verified
     * @throws UnexpectedResponseException         if the signature does not verify with the card's certificate
     * @throws IllegalStateException               if the card cannot compute raw RSA
     * @throws IllegalArgumentException            if digest and salt do not fit the key
     */
    public byte[] signPss(HashAlgorithm hash, byte[] digest, int saltLength, SecureRandom random) {
        if (signingMethod() != SigningMethod.RAW_RSA_DECIPHER) {
            throw new IllegalStateException("this card signs with " + signingMethod() + " and cannot compute "
                    + "RSASSA-PSS; check signingMethod() first");
        }
        if (saltLength < 0) {
            throw new IllegalArgumentException("salt length is " + saltLength + "; expected 0 or more");
        }
        return signChecked((modulusBits, key) -> {
            byte[] salt = new byte[saltLength];
            random.nextBytes(salt);
            byte[] block = EmsaPss.encode(hash, digest, salt, key.getModulus().bitLength());
            byte[] signature = keys.rawRsa(block, modulusBits);
            return Arrays.equals(publicOperation(key, signature), block) ? Optional.of(signature) : Optional.empty();
        });
    }

    /**
     * Returns how the card's authentication key signs: raw RSA (PKCS#1 v1.5 and RSASSA-PSS possible) or PSO COMPUTE
     * DIGITAL SIGNATURE (PKCS#1 v1.5 only, the card pads).
     *
     * @return the signing method of the card's profile, or of its generation when no profile matched its ATR
     */
    public SigningMethod signingMethod() {
        return quirks.signingMethod();
    }

    /** A signing step that returns the signature, or empty if it does not verify with the certificate's key. */
    private interface CheckedSigning {
        Optional<byte[]> sign(int modulusBits, RSAPublicKey key);
    }

    private byte[] signChecked(CheckedSigning signing) {
        return operation(CardOperation.SIGNING, () -> {
            CardId id = cardId();
            X509Certificate certificate = cached(id, CnsFile.AUTHENTICATION_CERTIFICATE, CnsCard::certificate);
            if (!(certificate.getPublicKey() instanceof RSAPublicKey key)) {
                throw new UnexpectedResponseException("the authentication certificate holds a "
                        + certificate.getPublicKey().getAlgorithm() + " key; CNS keys are RSA");
            }
            int modulusBits = (key.getModulus().bitLength() + 7) / 8 * 8;
            return signing.sign(modulusBits, key).orElseThrow(() -> {
                cache.invalidate(id);
                return new UnexpectedResponseException("the card's signature does not verify with the "
                        + "authentication certificate; if the certificate was renewed on the card, read it again");
            });
        });
    }

    /**
     * Asks the card for random bytes with GET CHALLENGE.
     *
     * @param length how many bytes
     * @return the random bytes
     */
    public byte[] getChallenge(int length) {
        return operation(CardOperation.CHALLENGE, () -> keys.getChallenge(length));
    }

    /**
     * Sends INTERNAL AUTHENTICATE with the authentication key; see {@link KeyOperations#internalAuthenticate(byte[])}
     * for what is and is not known about it on CNS cards.
     *
     * @param data the authentication input
     * @return the card's response data
     */
    public byte[] internalAuthenticate(byte[] data) {
        return operation(CardOperation.SIGNING, () -> keys.internalAuthenticate(data));
    }

    /**
     * Closes the card: a connection the SDK opened ({@link io.tscns.card.smartcardio.PcscCards}) is disconnected
     * (and by default the card reset); a transport or card the caller gave is left alone. Idempotent.
     */
    @Override
    public void close() {
        lock.lock();
        try {
            if (!closed) {
                closed = true;
                session.close();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs an operation the card's generation must know. A card recognised from its ATR whose generation is not
     * settled yet gets its card id read first (2 APDUs, once per connection, and the same operation reuses it), so
     * that an applet card whose ATR looks
     * classic is found before a classic PIN or signing command could reach it (docs/card.md §10.3).
     */
    private <T> T operation(CardOperation needed, Supplier<T> body) {
        lock.lock();
        try {
            if (generationSettled && !generation.supports(needed)) {
                throw notOnThisGeneration(needed.description());
            }
            return operation(() -> {
                if (!generationSettled) {
                    cardId();
                }
                if (!generation.supports(needed)) {
                    throw notOnThisGeneration(needed.description());
                }
                return body.get();
            });
        } finally {
            lock.unlock();
        }
    }

    private <T> T operation(Supplier<T> body) {
        lock.lock();
        try {
            requireOpen();
            session.beginExclusive();
            operationCardId = null;
            try {
                ApplicationProbe.enter(fileSystem, generation);
                return body.get();
            } finally {
                session.endExclusive();
            }
        } finally {
            lock.unlock();
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new CardCommunicationException("this CnsCard is closed");
        }
    }

    private CardId cardId() {
        if (operationCardId == null) {
            operationCardId = readCardIdFile();
        }
        return operationCardId;
    }

    private CardId readCardIdFile() {
        byte[] content;
        try {
            content = read(CnsFile.CARD_ID);
        } catch (CardFileNotFoundException e) {
            // A card recognised from its ATR whose classic EF.ID_Carta is absent may be an applet-based generation
            // (docs/card.md §10): try the applications once, then read the card id where that generation keeps it.
            if (generationSettled) {
                throw e;
            }
            generationSettled = true;
            generation = ApplicationProbe.find(fileSystem, generations).orElseThrow(() -> e);
            content = read(CnsFile.CARD_ID);
        }
        generationSettled = true;
        byte[] file = content;
        return decode(CnsFile.CARD_ID, () -> generation.cardIdEncoding().decode(file));
    }

    /** Reads a file where the card's generation keeps it, or refuses a file the generation is not known to hold. */
    private byte[] read(CnsFile file) {
        return fileSystem.read(generation.location(file).orElseThrow(() -> notOnThisGeneration("reading " + file)));
    }

    private NotSupportedOnGenerationException notOnThisGeneration(String operation) {
        return new NotSupportedOnGenerationException(
                new GenerationGap.UnknownSequence(generation.name(), operation, generation.source()));
    }

    private <T> T cached(CardId id, CnsFile file, Function<byte[], T> decoder) {
        Optional<byte[]> hit = cache.get(id, file);
        if (hit.isPresent()) {
            return decoder.apply(hit.get());
        }
        byte[] content = read(file);
        T value = decoder.apply(content);
        cache.put(id, file, content);
        return value;
    }

    private static PersonalDataFile personalData(byte[] content) {
        return decode(CnsFile.PERSONAL_DATA, () -> PersonalDataCodec.decode(content));
    }

    private static X509Certificate certificate(byte[] der) {
        X509Certificate certificate = decode(CnsFile.AUTHENTICATION_CERTIFICATE, () -> {
            try {
                return (X509Certificate)
                        CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
            } catch (CertificateException e) {
                throw new UnexpectedResponseException(
                        "the authentication certificate ("
                                + CnsFile.AUTHENTICATION_CERTIFICATE.path() + ") is not a DER X.509 certificate: "
                                + e.getMessage(),
                        e);
            }
        });
        int length = encodedLength(certificate);
        for (int i = length; i < der.length; i++) {
            if (der[i] != der[length] || der[i] != 0 && der[i] != (byte) 0xFF) {
                throw new UnexpectedResponseException("the authentication certificate ("
                        + CnsFile.AUTHENTICATION_CERTIFICATE.path() + ") is followed by " + (der.length - length)
                        + " bytes that are not padding");
            }
        }
        return certificate;
    }

    private static int encodedLength(X509Certificate certificate) {
        try {
            return certificate.getEncoded().length;
        } catch (CertificateException e) {
            throw new UnexpectedResponseException("the authentication certificate cannot be re-encoded", e);
        }
    }

    private static <T> T decode(CnsFile file, Supplier<T> decoder) {
        try {
            return decoder.get();
        } catch (CardAccessException e) {
            throw e;
        } catch (TscnsException e) {
            throw new UnexpectedResponseException(
                    file + " (" + file.path() + ") breaks its format: " + e.getMessage(), e);
        }
    }

    private static boolean verifies(RSAPublicKey key, byte[] digestInfo, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance("NONEwithRSA");
            verifier.initVerify(key);
            verifier.update(digestInfo);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** The RSA public-key operation s^e mod n, as a block as long as the modulus (RFC 8017 §5.2.2, I2OSP). */
    private static byte[] publicOperation(RSAPublicKey key, byte[] signature) {
        BigInteger m = new BigInteger(1, signature).modPow(key.getPublicExponent(), key.getModulus());
        byte[] bytes = m.toByteArray();
        byte[] block = new byte[signature.length];
        int n = Math.min(bytes.length, block.length);
        System.arraycopy(bytes, bytes.length - n, block, block.length - n, n);
        return block;
    }
}
