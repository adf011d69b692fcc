package io.tscns.auth.internal;

import java.math.BigInteger;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;

/**
 * What {@link CrlParser} read from a CRL whose signature verified.
 *
 * @param issuer             the issuer
 * @param thisUpdate         thisUpdate, epoch seconds
 * @param nextUpdate         nextUpdate, epoch seconds, if present
 * @param crlNumber          the cRLNumber, if present
 * @param deltaBase          the deltaCRLIndicator's base CRL number, if this is a delta CRL
 * @param onlyCaCertificates whether an issuingDistributionPoint limits the CRL to CA certificates
 * @param signatureAlgorithm the JCA name of the signature algorithm
 * @param index              the entries
 */
public record ParsedCrl(
        X500Principal issuer,
        long thisUpdate,
        Optional<Long> nextUpdate,
        Optional<BigInteger> crlNumber,
        Optional<BigInteger> deltaBase,
        boolean onlyCaCertificates,
        String signatureAlgorithm,
        SerialIndex index) {}
