package io.tscns.cms.sandbox.internal.cards;

import io.tscns.cms.sandbox.internal.cards.CardVerdict.Reason;
import io.tscns.core.person.CodiceFiscale;
import io.tscns.testpki.TestCa;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertPathValidatorException.BasicReason;
import java.security.cert.CertStore;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateParsingException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the CNS authentication certificate an operator presents as TLS client certificate when logging in with
 * their own card (<i>verifica del certificato CNS dell'operatore</i>), as a relying party does ({@code docs/cms.md
 * §6.1–§6.4}): the subject names a CNS holder ({@code CN=<codice fiscale>/<card id>.<hash>}, §6.3); the certificate
 * chains to one of the trusted CNS CAs with the JDK's PKIX validator, at the sandbox's time (validity) and against a
 * CRL the CA issues at that moment (revocation: a card revoked a moment ago is refused on the next request); its key
 * usage, extended key usage and policy are those of a CNS authentication certificate. TLS has already proven that the
 * client holds the certificate's key.
 *
 * <p>The trusted CAs are regional CAs of the sandbox's test PKI, since the sandbox asks them for their CRLs.
 * (tscns-auth's validator cannot serve here: tscns-auth's own tests run the sandbox, and the build forbids a cycle.)
 * Thread-safe.
 */
public final class OperatorCards {

    private static final Logger LOG = LoggerFactory.getLogger(OperatorCards.class);
    private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
    private static final int DIGITAL_SIGNATURE = 0;
    private static final int NON_REPUDIATION = 1;
    /** The CNS policy and the Lombard ones AgID declares equivalent ({@code docs/cms.md §6.3}). */
    private static final Set<String> CNS_POLICIES =
            Set.of("1.3.76.16.2.1", "1.3.159.6.1.3.2.10", "1.3.76.12.1.1.10.2.2.10");

    private final List<TestCa> trusted;
    private final Set<TrustAnchor> anchors;
    private final Clock clock;

    /**
     * Creates the check.
     *
     * @param trusted the CNS CAs whose certificates are accepted
     * @param clock   the sandbox's time, at which certificates and CRLs must be valid
     */
    public OperatorCards(List<TestCa> trusted, Clock clock) {
        this.trusted = List.copyOf(trusted);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.anchors = this.trusted.stream()
                .map(ca -> new TrustAnchor(ca.certificate(), null))
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Checks a client certificate chain.
     *
     * @param chain the chain the client sent, leaf first
     * @return the verdict
     */
    public CardVerdict check(List<X509Certificate> chain) {
        if (chain.isEmpty()) {
            return new CardVerdict.NotACard();
        }
        X509Certificate leaf = chain.get(0);
        Optional<CodiceFiscale> holder = holder(leaf);
        if (holder.isEmpty()) {
            return new CardVerdict.NotACard();
        }
        Optional<TestCa> issuer = trusted.stream()
                .filter(ca -> ca.name().equals(leaf.getIssuerX500Principal()))
                .findFirst();
        if (issuer.isEmpty() || anchors.isEmpty()) {
            return new CardVerdict.Refused(Reason.UNTRUSTED, "the card's certificate is not from a trusted CNS CA");
        }
        Optional<CardVerdict.Refused> path = validatePath(leaf, issuer.get());
        if (path.isPresent()) {
            return path.get();
        }
        if (!authenticationProfile(leaf)) {
            return new CardVerdict.Refused(
                    Reason.UNTRUSTED,
                    "the card's certificate is not a CNS authentication certificate (key usage, extended key usage)");
        }
        return new CardVerdict.Accepted(holder.get());
    }

    private Optional<CardVerdict.Refused> validatePath(X509Certificate leaf, TestCa issuer) {
        try {
            PKIXParameters parameters = new PKIXParameters(anchors);
            parameters.setDate(Date.from(clock.instant()));
            parameters.setRevocationEnabled(true);
            parameters.addCertStore(CertStore.getInstance(
                    "Collection",
                    new CollectionCertStoreParameters(
                            List.of(issuer.issueCrl(issuer.crl().build())))));
            CertPathValidator.getInstance("PKIX")
                    .validate(CertificateFactory.getInstance("X.509").generateCertPath(List.of(leaf)), parameters);
            return Optional.empty();
        } catch (CertPathValidatorException e) {
            LOG.debug("card certificate refused: {}", e.getReason(), e);
            return Optional.of(refusal(e.getReason()));
        } catch (InvalidAlgorithmParameterException e) {
            throw new IllegalStateException("the PKIX parameters of the trusted CNS CAs are wrong", e);
        } catch (GeneralSecurityException e) {
            LOG.debug("card certificate not checked", e);
            return Optional.of(new CardVerdict.Refused(Reason.UNTRUSTED, "the card's certificate cannot be checked"));
        }
    }

    private static CardVerdict.Refused refusal(CertPathValidatorException.Reason reason) {
        if (reason == BasicReason.REVOKED) {
            return new CardVerdict.Refused(Reason.REVOKED, "the card's certificate is revoked or on hold at its CA");
        }
        if (reason == BasicReason.EXPIRED || reason == BasicReason.NOT_YET_VALID) {
            return new CardVerdict.Refused(Reason.EXPIRED, "the card's certificate is expired or not yet valid");
        }
        if (reason == BasicReason.UNDETERMINED_REVOCATION_STATUS) {
            return new CardVerdict.Refused(
                    Reason.UNTRUSTED, "the revocation status of the card's certificate is" + " unknown");
        }
        return new CardVerdict.Refused(Reason.UNTRUSTED, "the card's certificate does not chain to a trusted CNS CA");
    }

    /**
     * The CNS authentication profile ({@code docs/cms.md §6.3}): digitalSignature without nonRepudiation,
     * extendedKeyUsage with clientAuth, and the CNS certificate policy or one AgID declares equivalent.
     */
    private static boolean authenticationProfile(X509Certificate leaf) {
        boolean[] usage = leaf.getKeyUsage();
        if (usage == null || usage.length <= NON_REPUDIATION || !usage[DIGITAL_SIGNATURE] || usage[NON_REPUDIATION]) {
            return false;
        }
        try {
            List<String> purposes = leaf.getExtendedKeyUsage();
            return purposes != null && purposes.contains(CLIENT_AUTH) && hasCnsPolicy(leaf);
        } catch (CertificateParsingException | IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean hasCnsPolicy(X509Certificate leaf) throws IOException {
        byte[] extension = leaf.getExtensionValue(Extension.certificatePolicies.getId());
        if (extension == null) {
            return false;
        }
        for (PolicyInformation policy : CertificatePolicies.getInstance(
                        JcaX509ExtensionUtils.parseExtensionValue(extension))
                .getPolicyInformation()) {
            if (CNS_POLICIES.contains(policy.getPolicyIdentifier().getId())) {
                return true;
            }
        }
        return false;
    }

    /** The holder's codice fiscale, from the certificate's one CN, if it has the CNS form. */
    private static Optional<CodiceFiscale> holder(X509Certificate leaf) {
        RDN[] names = X500Name.getInstance(leaf.getSubjectX500Principal().getEncoded())
                .getRDNs(BCStyle.CN);
        if (names.length != 1 || names[0].isMultiValued()) {
            return Optional.empty();
        }
        return holderOf(IETFUtils.valueToString(names[0].getFirst().getValue()));
    }

    /**
     * Reads the holder's codice fiscale from a CNS certificate's CN, {@code <codice fiscale>/<card id>.<hash>}: the
     * text before the first {@code /} ({@code docs/cms.md §6.3}: the code may be the 11-digit temporary one, so the
     * CN is split, not cut at 16 characters).
     *
     * @param commonName the CN
     * @return the codice fiscale, or empty if the CN does not have the CNS form
     */
    static Optional<CodiceFiscale> holderOf(String commonName) {
        int slash = commonName.indexOf('/');
        if (slash < 0 || commonName.indexOf('.', slash) < 0) {
            return Optional.empty();
        }
        String code = commonName.substring(0, slash);
        return CodiceFiscale.isValid(code) ? Optional.of(CodiceFiscale.parse(code)) : Optional.empty();
    }
}
