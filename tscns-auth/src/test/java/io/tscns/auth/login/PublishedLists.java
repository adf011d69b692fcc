package io.tscns.auth.login;

import io.tscns.testpki.ListOfTrustedListsSpec;
import io.tscns.testpki.RevocationHttpServer;
import io.tscns.testpki.TestCredential;
import io.tscns.testpki.TestPki;
import io.tscns.testpki.TrustedListPointerSpec;
import io.tscns.testpki.TrustedLists;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A test LOTL and Italian list published on a revocation server: the LOTL signed by a stand-in for the Official
 * Journal's LOTL signer and pointing to the Italian list, whose signer a test can change while the server runs.
 */
final class PublishedLists {

    final URI lotl;
    final URI italianList;
    final TestCredential officialJournalSigner;
    final AtomicReference<TestCredential> agidSigner;

    PublishedLists(RevocationHttpServer server, TestPki pki) {
        this.lotl = server.baseUri().resolve("lotl/eu-lotl.xml");
        this.italianList = server.baseUri().resolve("tsl/TSL-IT.xml");
        this.officialJournalSigner = pki.trustedListSigner("lotl-1");
        this.agidSigner = new AtomicReference<>(pki.tslSigner());
        server.serveDocument(
                "lotl/eu-lotl.xml",
                TrustedListPointerSpec.XML_MIME_TYPE,
                () -> TrustedLists.signLotl(
                        new ListOfTrustedListsSpec(
                                1,
                                Instant.now(),
                                Instant.now().plus(Duration.ofDays(180)),
                                List.of(),
                                List.of(
                                        TrustedListPointerSpec.lotl(lotl, List.of(officialJournalSigner.certificate())),
                                        TrustedListPointerSpec.national(
                                                "IT",
                                                italianList,
                                                List.of(agidSigner.get().certificate())))),
                        officialJournalSigner));
        server.serveDocument(
                "tsl/TSL-IT.xml",
                TrustedListPointerSpec.XML_MIME_TYPE,
                () -> TrustedLists.sign(pki.trustedListSpec(), agidSigner.get()));
    }
}
