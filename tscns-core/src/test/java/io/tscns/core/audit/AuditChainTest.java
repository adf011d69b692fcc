package io.tscns.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private final AuditVerifier verifier = AuditFixtures.verifier();

    private static List<AuditEntry> chainOf(int n) {
        List<AuditRecord> records = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            records.add(AuditFixtures.record("op-" + i, i));
        }
        return AuditFixtures.chain(records, n);
    }

    @Test
    void manyThreadsAppendingToOneChainProduceAGaplessChainThatVerifies() throws Exception {
        int threads = 8;
        int perThread = 250;
        AuditChain chain = AuditChain.start(new AuditSealer(AuditFixtures.key1()));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<AuditEntry>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String operator = "operator-" + t;
                results.add(pool.submit(() -> {
                    start.await();
                    List<AuditEntry> mine = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        mine.add(chain.append(AuditFixtures.record(operator, i)));
                    }
                    return mine;
                }));
            }
            start.countDown();
            Set<Long> sequences = new HashSet<>();
            for (Future<List<AuditEntry>> result : results) {
                for (AuditEntry entry : result.get()) {
                    assertTrue(sequences.add(entry.sequence()), "sequence handed out twice");
                }
            }
            List<AuditEntry> entries = chain.entries();
            assertEquals(threads * perThread, entries.size());
            for (int i = 0; i < entries.size(); i++) {
                assertEquals(i + 1, entries.get(i).sequence());
            }
            assertEquals(new AuditVerification.Intact(threads * perThread, chain.head()), verifier.verify(entries));
            assertEquals(threads * perThread, sequences.size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aChainEndingBeforeItsCheckpointIsReportedAsTruncated() {
        List<AuditEntry> chain = chainOf(5);
        AuditVerification.Broken broken = assertInstanceOf(
                AuditVerification.Broken.class,
                verifier.verify(chain.subList(0, 3), chain.get(4).head()));
        assertEquals(3, broken.index());
        assertEquals(4, broken.expectedSequence());
        assertEquals(new AuditDefect.Truncated(5, 3), broken.defect());
        assertTrue(broken.describe().contains("entries 4 to 5 are missing"), broken.describe());
    }

    @Test
    void aChainThatDiffersFromItsCheckpointIsReportedAtTheCheckpoint() {
        List<AuditEntry> chain = chainOf(4);
        AuditChainHead forged = new AuditChainHead(3, AuditHash.ZERO);
        AuditVerification.Broken broken =
                assertInstanceOf(AuditVerification.Broken.class, verifier.verify(chain, forged));
        assertEquals(2, broken.index());
        assertEquals(new AuditDefect.CheckpointMismatch(3), broken.defect());
    }

    @Test
    void aSealByAKeyMissingFromTheRingIsReportedAtTheFirstEntryItSealed() {
        List<AuditRecord> records =
                List.of(AuditFixtures.record("a", 1), AuditFixtures.record("b", 2), AuditFixtures.record("c", 3));
        List<AuditEntry> chain = AuditFixtures.chain(records, 2); // entries 1-2 by k1, 3 by k2
        AuditVerifier onlyKey1 = new AuditVerifier(AuditKeyRing.of(AuditFixtures.key1()));
        AuditVerification.Broken broken = assertInstanceOf(AuditVerification.Broken.class, onlyKey1.verify(chain));
        assertEquals(2, broken.index());
        assertEquals(new AuditDefect.UnknownKey("k2"), broken.defect());
    }

    @Test
    void aSealOfAnUnsupportedVersionIsReportedNotRejected() {
        List<AuditEntry> chain = new ArrayList<>(chainOf(2));
        AuditEntry e = chain.get(1);
        AuditSeal future = AuditSeal.parse("v2:ED25519:k9:" + "ab".repeat(64));
        chain.set(1, new AuditEntry(e.sequence(), e.previousHash(), e.record(), e.hash(), future));
        AuditVerification.Broken broken = assertInstanceOf(AuditVerification.Broken.class, verifier.verify(chain));
        assertEquals(1, broken.index());
        assertEquals(new AuditDefect.UnsupportedSeal("v2", "ED25519"), broken.defect());
    }

    @Test
    void aRewrittenEntryWithARecomputedHashIsCaughtByItsSeal() {
        List<AuditEntry> chain = new ArrayList<>(chainOf(3));
        AuditEntry e = chain.get(1);
        AuditRecord forged = AuditFixtures.record("someone-else", 1);
        AuditHash rehashed = AuditCanonicalForm.entryHash(e.previousHash(), e.sequence(), forged);
        chain.set(1, new AuditEntry(e.sequence(), e.previousHash(), forged, rehashed, e.seal()));
        AuditVerification.Broken broken = assertInstanceOf(AuditVerification.Broken.class, verifier.verify(chain));
        assertEquals(1, broken.index());
        assertEquals(new AuditDefect.MacMismatch("k1"), broken.defect());
    }

    @Test
    void aResumedChainExportsAsASegmentThatVerifiesOnItsOwn() throws IOException {
        List<AuditEntry> stored = chainOf(3);
        AuditChainHead head = stored.get(2).head();
        AuditChain resumed = AuditChain.resume(head, new AuditSealer(AuditFixtures.key2()));
        resumed.append(AuditFixtures.record("x", 10));
        resumed.append(AuditFixtures.record("y", 11));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        AuditExportTrailer trailer = resumed.exportTo(out);

        assertEquals(resumed.head(), trailer.head());
        assertEquals(head, resumed.anchor());
        assertEquals(
                new AuditVerification.Intact(2, resumed.head()),
                verifier.verifyExport(new ByteArrayInputStream(out.toByteArray())));
    }

    @Test
    void anEmptyChainExportsAndVerifies() throws IOException {
        AuditChain chain = AuditChain.start(new AuditSealer(AuditFixtures.key1()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        chain.exportTo(out);
        assertEquals(
                new AuditVerification.Intact(0, AuditChainHead.GENESIS),
                verifier.verifyExport(new ByteArrayInputStream(out.toByteArray())));
        assertEquals(new AuditVerification.Intact(0, AuditChainHead.GENESIS), verifier.verify(List.of()));
    }

    @Test
    void anExportWhoseTrailerIsSealedByAnUnknownKeyIsBrokenAtTheTrailer() throws IOException {
        List<AuditEntry> chain = chainOf(2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AuditExport.write(
                out, AuditChainHead.GENESIS, chain, new AuditSealer(AuditKey.of("k3", AuditFixtures.filled(32, 3))));
        AuditVerification.Broken broken = assertInstanceOf(
                AuditVerification.Broken.class, verifier.verifyExport(new ByteArrayInputStream(out.toByteArray())));
        assertEquals(2, broken.index());
        assertEquals(new AuditDefect.UnknownKey("k3"), broken.defect());
    }

    @Test
    void anExportCutAfterAnEntryIsBrokenWhereTheTrailerShouldBe() throws IOException {
        byte[] export = AuditFixtures.export(AuditChainHead.GENESIS, chainOf(3));
        String text = new String(export, java.nio.charset.StandardCharsets.UTF_8);
        String cut = text.substring(0, text.indexOf("\nend ") + 1);
        AuditVerification.Broken broken = assertInstanceOf(
                AuditVerification.Broken.class,
                verifier.verifyExport(new ByteArrayInputStream(cut.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertEquals(3, broken.index());
        assertEquals(new AuditDefect.MalformedExport(5, new AuditExportProblem.MissingTrailer()), broken.defect());
    }

    @Test
    void anEmptyStreamIsBrokenAtIndexZero() throws IOException {
        AuditVerification.Broken broken = assertInstanceOf(
                AuditVerification.Broken.class, verifier.verifyExport(new ByteArrayInputStream(new byte[0])));
        assertEquals(0, broken.index());
        assertEquals(new AuditDefect.MalformedExport(1, new AuditExportProblem.Empty()), broken.defect());
    }

    @Test
    void verifyEntryChecksTheHashAndSealOfOneEntryAndGivesItsHead() {
        List<AuditEntry> chain = chainOf(3);
        assertEquals(new AuditVerification.Intact(1, chain.get(2).head()), verifier.verifyEntry(chain.get(2)));
        AuditEntry e = chain.get(2);
        AuditEntry badHash = new AuditEntry(e.sequence(), e.previousHash(), e.record(), AuditHash.ZERO, e.seal());
        assertEquals(
                new AuditDefect.HashMismatch(),
                assertInstanceOf(AuditVerification.Broken.class, verifier.verifyEntry(badHash))
                        .defect());
    }

    @Test
    void aCheckpointBeforeTheAnchorIsACallerError() {
        AuditChainHead anchor = new AuditChainHead(5, AuditHash.ZERO);
        InvalidAuditValueException e = assertThrows(
                InvalidAuditValueException.class,
                () -> verifier.verifySegment(anchor, List.of(), Optional.of(AuditChainHead.GENESIS)));
        assertEquals(InvalidAuditValueException.Reason.OUT_OF_RANGE, e.reason());
    }

    @Test
    void theSequenceNumbersOfAHeadCanBeExhaustedOnlyWithATypedError() {
        AuditSealer sealer = new AuditSealer(AuditFixtures.key1());
        AuditChainHead last = new AuditChainHead(Long.MAX_VALUE, AuditHash.ZERO);
        InvalidAuditValueException e =
                assertThrows(InvalidAuditValueException.class, () -> sealer.seal(last, AuditFixtures.record("a", 1)));
        assertEquals(InvalidAuditValueException.Reason.OUT_OF_RANGE, e.reason());
    }
}
