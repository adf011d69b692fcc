package io.tscns.auth.trust;

import static io.tscns.auth.AuthFixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.auth.AuthFixtures;
import io.tscns.testpki.ListOfTrustedListsSpec;
import io.tscns.testpki.TestCredential;
import io.tscns.testpki.TestPki;
import io.tscns.testpki.TrustedListPointerSpec;
import io.tscns.testpki.TrustedLists;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The Italian list found through a test LOTL: the signer the LOTL announces verifies it, so a rotated signer needs
 * no reconfiguration; pivots carry the LOTL's own signer change; the configured signer is the offline fallback.
 */
class TrustedListResolverTest {

    private static final TestPki PKI = AuthFixtures.PKI;
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final URI LOTL = URI.create("https://lotl.tscns-test.invalid/eu-lotl.xml");
    private static final URI PIVOT = URI.create("https://lotl.tscns-test.invalid/eu-lotl-pivot-1.xml");
    private static final URI TSL = URI.create("https://tsl.tscns-test.invalid/TSL-IT.xml");
    private static final TestCredential OJ_SIGNER = PKI.trustedListSigner("lotl-1");
    private static final TestCredential NEW_LOTL_SIGNER = PKI.trustedListSigner("lotl-2");
    private static final TestCredential AGID_OLD = PKI.tslSigner();
    private static final TestCredential AGID_NEW = PKI.trustedListSigner("it-2027");

    private final Map<URI, byte[]> published = new HashMap<>();

    private byte[] fetch(URI location) throws IOException {
        byte[] document = published.get(location);
        if (document == null) {
            throw new IOException("HTTP 404");
        }
        return document;
    }

    /** A LOTL signed by a signer, announcing itself as signed by that signer and the IT list's signer. */
    private static byte[] lotl(TestCredential lotlSigner, TestCredential italianSigner, List<URI> pivots) {
        return TrustedLists.signLotl(
                new ListOfTrustedListsSpec(
                        7,
                        NOW,
                        NOW.plus(Duration.ofDays(180)),
                        pivots,
                        List.of(
                                TrustedListPointerSpec.lotl(LOTL, List.of(lotlSigner.certificate())),
                                TrustedListPointerSpec.national("IT", TSL, List.of(italianSigner.certificate())))),
                lotlSigner);
    }

    private static byte[] italianList(TestCredential signer) {
        return TrustedLists.sign(PKI.trustedListSpec(), signer);
    }

    private static TrustedListResolver resolver(Optional<URI> lotl, Optional<URI> fallback) {
        return new TrustedListResolver(
                lotl,
                lotl.isPresent() ? Set.of(OJ_SIGNER.certificate()) : Set.of(),
                "IT",
                fallback,
                fallback.isPresent() ? Set.of(AGID_OLD.certificate()) : Set.of(),
                CLOCK,
                Duration.ofDays(1));
    }

    @Test
    void theLotlAnnouncesTheSignerOfTheItalianList() {
        published.put(LOTL, lotl(OJ_SIGNER, AGID_OLD, List.of()));
        published.put(TSL, italianList(AGID_OLD));
        TrustedListResolution resolution =
                resolver(Optional.of(LOTL), Optional.of(TSL)).resolve(this::fetch);
        assertEquals(AGID_OLD.certificate(), resolution.list().signer());
        assertEquals(Optional.empty(), resolution.lotlFailure());
        assertEquals(7, resolution.lotl().orElseThrow().sequenceNumber());
        assertEquals(
                PKI.trustedListSpec().providers().get(0).services().size() - 2,
                resolution.list().identityVerificationCas().size());
    }

    @Test
    void whenAgidRotatesItsSignerTheLotlCarriesTheNewOneAndTheOldPinWouldHaveFailed() {
        published.put(LOTL, lotl(OJ_SIGNER, AGID_NEW, List.of()));
        published.put(TSL, italianList(AGID_NEW));
        TrustedListResolution resolution =
                resolver(Optional.of(LOTL), Optional.of(TSL)).resolve(this::fetch);
        assertEquals(AGID_NEW.certificate(), resolution.list().signer());

        InvalidTrustException pinned = assertThrows(
                InvalidTrustException.class,
                () -> resolver(Optional.empty(), Optional.of(TSL)).resolve(this::fetch));
        assertInstanceOf(TrustProblem.UntrustedSigner.class, pinned.problem());
    }

    @Test
    void pivotsCarryTheLotlSignerFromTheOfficialJournalToTheCurrentOne() {
        byte[] pivot = TrustedLists.signLotl(
                new ListOfTrustedListsSpec(
                        6,
                        NOW.minus(Duration.ofDays(400)),
                        NOW.minus(Duration.ofDays(220)),
                        List.of(),
                        List.of(TrustedListPointerSpec.lotl(LOTL, List.of(NEW_LOTL_SIGNER.certificate())))),
                OJ_SIGNER);
        published.put(PIVOT, pivot);
        published.put(LOTL, lotl(NEW_LOTL_SIGNER, AGID_OLD, List.of(PIVOT)));
        published.put(TSL, italianList(AGID_OLD));
        assertEquals(
                AGID_OLD.certificate(),
                resolver(Optional.of(LOTL), Optional.empty())
                        .resolve(this::fetch)
                        .list()
                        .signer());

        published.put(LOTL, lotl(NEW_LOTL_SIGNER, AGID_OLD, List.of()));
        InvalidTrustException withoutPivot = assertThrows(
                InvalidTrustException.class,
                () -> resolver(Optional.of(LOTL), Optional.empty()).resolve(this::fetch));
        assertInstanceOf(TrustProblem.UntrustedSigner.class, withoutPivot.problem());
    }

    @Test
    void withTheLotlUnreachableTheConfiguredSignerIsTheFallback() {
        published.put(TSL, italianList(AGID_OLD));
        TrustedListResolution resolution =
                resolver(Optional.of(LOTL), Optional.of(TSL)).resolve(this::fetch);
        assertEquals(Optional.empty(), resolution.lotl());
        assertTrue(
                resolution.lotlFailure().orElseThrow().contains("HTTP 404"),
                resolution.lotlFailure().get());
    }

    @Test
    void aListTheLotlSignersRefuseIsRefusedEvenWithAFallback() {
        published.put(LOTL, lotl(OJ_SIGNER, AGID_NEW, List.of()));
        published.put(TSL, italianList(AGID_OLD));
        InvalidTrustException refused = assertThrows(
                InvalidTrustException.class,
                () -> resolver(Optional.of(LOTL), Optional.of(TSL)).resolve(this::fetch));
        assertInstanceOf(TrustProblem.UntrustedSigner.class, refused.problem());
    }

    @Test
    void aLotlSignedByAnUnknownKeyIsNotUsed() {
        published.put(LOTL, lotl(AGID_NEW, AGID_NEW, List.of()));
        InvalidTrustException refused = assertThrows(
                InvalidTrustException.class,
                () -> resolver(Optional.of(LOTL), Optional.empty()).resolve(this::fetch));
        assertInstanceOf(TrustProblem.UntrustedSigner.class, refused.problem());
    }

    @Test
    void aNationalListIsNotALotl() {
        InvalidTrustException refused = assertThrows(
                InvalidTrustException.class,
                () -> new ListOfTrustedListsReader(Set.of(AGID_OLD.certificate()), CLOCK, Duration.ZERO)
                        .read(italianList(AGID_OLD)));
        assertEquals(new TrustProblem.BadElement("TSLType", "not a list of trusted lists"), refused.problem());
    }
}
