package io.tscns.auth.crl;

import io.tscns.auth.internal.CrlFailure;
import io.tscns.auth.internal.CrlParser;
import io.tscns.auth.internal.DerException;
import io.tscns.auth.internal.ParsedCrl;
import io.tscns.auth.internal.Reasons;
import io.tscns.auth.internal.SerialIndex;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CRLReason;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;

/**
 * A certificate revocation list held as a compact index (<i>lista dei certificati revocati</i>, CRL, RFC 5280 §5):
 * loaded by streaming the DER once, with the signature verified over the tbsCertList bytes as they pass, and never
 * holding an object per entry. A national-scale CRL of a million entries (about 50 MB) loads in a fraction of a
 * second into about 41 MB of arrays, and a lookup is a hash probe (figures in {@code tscns-benchmarks/README.md}).
 *
 * <p>Who uses it: relying parties that check CNS certificates against their CA's CRL, directly with
 * {@link #find(BigInteger)} or through the validator's CRL revocation source. Loading either returns a list whose
 * every byte was checked and whose signature verified, or throws {@link InvalidCrlException}: never a partial list.
 *
 * <p>Delta CRLs (RFC 5280 §5.2.4) are loaded like any CRL and applied with {@link #withDelta(RevocationList)}: the
 * result answers from the delta first (where {@code removeFromCRL} releases a certificate on hold) and then from
 * the base, without copying the base.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class RevocationList {

    /** The reasons by code; {@code CRLReason.values()} would copy the array on every lookup. */
    private static final CRLReason[] REASONS = CRLReason.values();

    private final ParsedCrl crl;
    private final RevocationList delta;

    private RevocationList(ParsedCrl crl, RevocationList delta) {
        this.crl = crl;
        this.delta = delta;
    }

    /**
     * Loads a DER CRL from a stream, which is read to its end but not closed.
     *
     * @param in     the stream
     * @param issuer the certificate of the CA that issued and signed the CRL
     * @param limits the bounds on size and entries
     * @return the list
     * @throws InvalidCrlException if the CRL is malformed, truncated, too large, from another issuer, or its
     *                             signature does not verify; or if reading fails ({@link CrlProblem.ReadFailed})
     */
    public static RevocationList load(InputStream in, X509Certificate issuer, CrlLimits limits) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(limits, "limits");
        try {
            return new RevocationList(new CrlParser(limits).parse(in, issuer), null);
        } catch (DerException e) {
            throw new InvalidCrlException(
                    switch (e.kind()) {
                        case TRUNCATED -> new CrlProblem.Truncated(e.offset(), e.detail());
                        case MALFORMED -> new CrlProblem.Malformed(e.offset(), e.detail());
                        case TOO_LARGE -> new CrlProblem.TooLarge(e.offset(), e.detail());
                    });
        } catch (CrlFailure e) {
            throw new InvalidCrlException(problem(e));
        } catch (IOException e) {
            throw new InvalidCrlException(new CrlProblem.ReadFailed(Reasons.of(e)), e);
        }
    }

    /**
     * Loads a DER CRL from a stream with the {@linkplain CrlLimits#DEFAULT default limits}.
     *
     * @param in     the stream, read to its end but not closed
     * @param issuer the certificate of the CA that issued and signed the CRL
     * @return the list
     * @throws InvalidCrlException as {@link #load(InputStream, X509Certificate, CrlLimits)}
     */
    public static RevocationList load(InputStream in, X509Certificate issuer) {
        return load(in, issuer, CrlLimits.DEFAULT);
    }

    /**
     * Loads a DER CRL from bytes.
     *
     * @param der    the CRL
     * @param issuer the certificate of the CA that issued and signed the CRL
     * @return the list
     * @throws InvalidCrlException as {@link #load(InputStream, X509Certificate, CrlLimits)}
     */
    public static RevocationList load(byte[] der, X509Certificate issuer) {
        return load(new ByteArrayInputStream(der), issuer, CrlLimits.DEFAULT);
    }

    /**
     * Loads a DER CRL from a file.
     *
     * @param file   the file
     * @param issuer the certificate of the CA that issued and signed the CRL
     * @param limits the bounds on size and entries
     * @return the list
     * @throws InvalidCrlException as {@link #load(InputStream, X509Certificate, CrlLimits)}, including
     *                             {@link CrlProblem.ReadFailed} if the file cannot be opened
     */
    public static RevocationList load(Path file, X509Certificate issuer, CrlLimits limits) {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, issuer, limits);
        } catch (IOException e) {
            throw new InvalidCrlException(new CrlProblem.ReadFailed("cannot read " + file + ": " + Reasons.of(e)), e);
        }
    }

    private static CrlProblem problem(CrlFailure e) {
        return switch (e.kind()) {
            case ISSUER_CANNOT_SIGN_CRLS -> new CrlProblem.IssuerCannotSignCrls(e.issuer());
            case UNSUPPORTED_ALGORITHM -> new CrlProblem.UnsupportedSignatureAlgorithm(e.detail());
            case ALGORITHM_MISMATCH -> new CrlProblem.AlgorithmMismatch();
            case BAD_SIGNATURE -> new CrlProblem.BadSignature(e.issuer());
            case WRONG_ISSUER -> new CrlProblem.WrongIssuer(e.issuer(), e.detail());
            case UNKNOWN_CRITICAL_EXTENSION -> new CrlProblem.UnknownCriticalExtension(e.detail(), false);
            case UNKNOWN_CRITICAL_ENTRY_EXTENSION -> new CrlProblem.UnknownCriticalExtension(e.detail(), true);
            case UNSUPPORTED_FEATURE -> new CrlProblem.UnsupportedFeature(e.detail());
        };
    }

    /**
     * Applies a delta CRL (RFC 5280 §5.2.4): the result lists what the delta says and, for every other serial
     * number, what this base says. A later delta replaces an earlier one, since each delta lists every change since
     * its base.
     *
     * @param deltaCrl the delta CRL, loaded for the same issuer
     * @return the combined list; its {@link #thisUpdate()} and {@link #nextUpdate()} are the delta's
     * @throws InvalidCrlException with {@link CrlProblem.DeltaMismatch} if the argument is not a delta CRL, this
     *                             is one, the issuers differ, or the delta's base is newer than this CRL
     */
    public RevocationList withDelta(RevocationList deltaCrl) {
        Objects.requireNonNull(deltaCrl, "deltaCrl");
        if (crl.deltaBase().isPresent()) {
            throw mismatch("the base is itself a delta CRL");
        }
        if (deltaCrl.crl.deltaBase().isEmpty() || deltaCrl.delta != null) {
            throw mismatch("the CRL applied has no deltaCRLIndicator");
        }
        if (!crl.issuer().equals(deltaCrl.crl.issuer())) {
            throw mismatch("the delta was issued by " + deltaCrl.crl.issuer().getName() + ", the base by "
                    + crl.issuer().getName());
        }
        BigInteger baseNumber = crl.crlNumber().orElseThrow(() -> mismatch("the base has no cRLNumber"));
        BigInteger needed = deltaCrl.crl.deltaBase().get();
        if (baseNumber.compareTo(needed) < 0) {
            throw mismatch("the delta needs base CRL number " + needed + " or later; the base is number " + baseNumber);
        }
        if (deltaCrl.crl.crlNumber().map(n -> n.compareTo(baseNumber) <= 0).orElse(true)) {
            throw mismatch("the delta's cRLNumber must be greater than the base's (" + baseNumber + ")");
        }
        return new RevocationList(crl, deltaCrl);
    }

    private static InvalidCrlException mismatch(String detail) {
        return new InvalidCrlException(new CrlProblem.DeltaMismatch(detail));
    }

    /**
     * Finds a serial number.
     *
     * @param serialNumber the certificate's serial number
     * @return the entry if the certificate is revoked (or on hold); empty if it is not listed, or if a delta released
     *         it with {@code removeFromCRL}
     */
    public Optional<RevokedEntry> find(BigInteger serialNumber) {
        Objects.requireNonNull(serialNumber, "serialNumber");
        if (delta != null) {
            SerialIndex index = delta.crl.index();
            int position = index.find(serialNumber);
            if (position != SerialIndex.ABSENT) {
                return index.reason(position) == SerialIndex.REMOVE_FROM_CRL
                        ? Optional.empty()
                        : Optional.of(entry(index, position, serialNumber));
            }
        }
        SerialIndex index = crl.index();
        int position = index.find(serialNumber);
        if (position == SerialIndex.ABSENT || isDelta() && index.reason(position) == SerialIndex.REMOVE_FROM_CRL) {
            return Optional.empty();
        }
        return Optional.of(entry(index, position, serialNumber));
    }

    private static RevokedEntry entry(SerialIndex index, int position, BigInteger serialNumber) {
        byte reason = index.reason(position);
        long invalidity = index.invalidityDate(position);
        return new RevokedEntry(
                serialNumber,
                Instant.ofEpochSecond(index.date(position)),
                reason == SerialIndex.NO_REASON ? Optional.empty() : Optional.of(REASONS[reason]),
                invalidity == SerialIndex.NO_DATE ? Optional.empty() : Optional.of(Instant.ofEpochSecond(invalidity)));
    }

    /**
     * Returns the issuer.
     *
     * @return the CA that issued the CRL
     */
    public X500Principal issuer() {
        return crl.issuer();
    }

    /**
     * Returns when the newest part (the delta, if applied) was issued.
     *
     * @return thisUpdate
     */
    public Instant thisUpdate() {
        return Instant.ofEpochSecond((delta != null ? delta.crl : crl).thisUpdate());
    }

    /**
     * Returns when the next CRL is due, from the newest part (the delta, if applied). A CRL is stale after it.
     *
     * @return nextUpdate, if stated
     */
    public Optional<Instant> nextUpdate() {
        return (delta != null ? delta.crl : crl).nextUpdate().map(Instant::ofEpochSecond);
    }

    /**
     * Returns the cRLNumber of this CRL (of the base, when a delta is applied).
     *
     * @return the number, if the CRL carries one
     */
    public Optional<BigInteger> crlNumber() {
        return crl.crlNumber();
    }

    /**
     * Tells whether this is a delta CRL.
     *
     * @return {@code true} if it carries a deltaCRLIndicator
     */
    public boolean isDelta() {
        return crl.deltaBase().isPresent();
    }

    /**
     * Returns the applied delta CRL.
     *
     * @return the delta, if {@link #withDelta} made this list
     */
    public Optional<RevocationList> delta() {
        return Optional.ofNullable(delta);
    }

    /**
     * Tells whether the CRL covers end-entity certificates, i.e. its issuingDistributionPoint does not limit it to
     * CA certificates.
     *
     * @return {@code true} if a CNS certificate's status may be read from it
     */
    public boolean coversEndEntities() {
        return !crl.onlyCaCertificates();
    }

    /**
     * Returns the number of distinct serial numbers in this CRL (the base, when a delta is applied).
     *
     * @return the count
     */
    public int size() {
        return crl.index().size();
    }

    /**
     * Returns the JCA name of the algorithm that signed the CRL.
     *
     * @return e.g. {@code SHA256withRSA}
     */
    public String signatureAlgorithm() {
        return crl.signatureAlgorithm();
    }

    @Override
    public String toString() {
        return "RevocationList[issuer=" + issuer().getName() + ", number="
                + crlNumber().map(BigInteger::toString).orElse("none") + ", entries=" + size() + ", thisUpdate="
                + thisUpdate()
                + (delta != null
                        ? ", delta="
                                + delta.crlNumber().map(BigInteger::toString).orElse("?")
                        : "") + "]";
    }
}
