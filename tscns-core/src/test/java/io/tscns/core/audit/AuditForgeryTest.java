package io.tscns.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Exports forged by someone who can edit the file but holds no sealing key: each forgery is refused with the defect
 * that names it, at the position where it shows. These are the attacks the trailer seal exists for; a verifier that
 * sealed nothing, or checked the trailer after the entries only, would let each of them through.
 */
class AuditForgeryTest {

    private final AuditVerifier verifier = AuditFixtures.verifier();

    private static List<AuditEntry> chainOf(int n) {
        List<AuditRecord> records = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            records.add(AuditFixtures.record("op-" + i, i));
        }
        return AuditFixtures.chain(records, 2);
    }

    private static List<String> lines(byte[] export) {
        String text = new String(export, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\n"));
        return new ArrayList<>(
                Arrays.asList(text.substring(0, text.length() - 1).split("\n", -1)));
    }

    private static byte[] join(List<String> lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String trailer(AuditChainHead head, String sealOf) {
        return "end head=" + head + " seal=" + sealOf.substring(sealOf.indexOf(" seal=") + " seal=".length());
    }

    private AuditVerification.Broken brokenExport(byte[] export) throws IOException {
        AuditVerification result = verifier.verifyExport(new ByteArrayInputStream(export));
        assertFalse(result.isIntact(), "a broken export must not be intact");
        return assertInstanceOf(AuditVerification.Broken.class, result);
    }

    @Test
    void theUnforgedExportIsIntact() throws IOException {
        List<AuditEntry> chain = chainOf(4);
        AuditVerification result =
                verifier.verifyExport(new ByteArrayInputStream(AuditFixtures.export(AuditChainHead.GENESIS, chain)));
        assertTrue(result.isIntact());
        assertEquals(new AuditVerification.Intact(4, chain.get(3).head()), result);
    }

    @Test
    void cutAtAnEntryBoundaryWithTheTrailerKeptIsTruncated() throws IOException {
        List<String> lines = lines(AuditFixtures.export(AuditChainHead.GENESIS, chainOf(4)));
        lines.remove(4); // the last entry; header, entries 1-3 and the trailer stay

        AuditVerification.Broken broken = brokenExport(join(lines));

        assertEquals(new AuditDefect.Truncated(4, 3), broken.defect());
        assertEquals(3, broken.index());
        assertEquals(4, broken.expectedSequence());
    }

    @Test
    void cutAtAnEntryBoundaryWithTheTrailerHeadRewrittenAndTheSealKeptIsAMacMismatch() throws IOException {
        List<AuditEntry> chain = chainOf(4);
        List<String> lines = lines(AuditFixtures.export(AuditChainHead.GENESIS, chain));
        String sealed = lines.remove(5);
        lines.remove(4);
        lines.add(trailer(chain.get(2).head(), sealed)); // the head the shortened export reaches, the old seal

        AuditVerification.Broken broken = brokenExport(join(lines));

        assertEquals(new AuditDefect.MacMismatch("k2"), broken.defect());
        assertEquals(3, broken.index());
    }

    @Test
    void aTrailerHeadRewrittenToAnotherHashOfTheSameSequenceIsAMacMismatch() throws IOException {
        List<AuditEntry> chain = chainOf(3);
        List<String> lines = lines(AuditFixtures.export(AuditChainHead.GENESIS, chain));
        String sealed = lines.remove(4);
        lines.add(trailer(new AuditChainHead(3, chain.get(1).hash()), sealed));

        assertEquals(
                new AuditDefect.MacMismatch("k2"), brokenExport(join(lines)).defect());
    }

    @Test
    void aSealMovedFromAnotherExportIsAMacMismatch() throws IOException {
        List<AuditEntry> chain = chainOf(5);
        byte[] whole = AuditFixtures.export(AuditChainHead.GENESIS, chain);
        byte[] shorter = AuditFixtures.export(AuditChainHead.GENESIS, chain.subList(0, 3));
        List<String> wholeLines = lines(whole);
        List<String> shorterLines = lines(shorter);

        // The shorter export's trailer (its head and its valid seal) on the whole export: the seal is genuine, but
        // for another head, so it can only say what it sealed; the entries reach further.
        List<String> moved = new ArrayList<>(wholeLines.subList(0, 6));
        moved.add(shorterLines.get(4));
        AuditVerification.Broken movedWhole = brokenExport(join(moved));
        assertEquals(new AuditDefect.TrailerMismatch(3, 5), movedWhole.defect());
        assertEquals(5, movedWhole.index());

        // The seal alone moved: the trailer names the whole export's head, the seal is the shorter export's.
        List<String> sealOnly = new ArrayList<>(wholeLines.subList(0, 6));
        sealOnly.add(trailer(chain.get(4).head(), shorterLines.get(4)));
        assertEquals(
                new AuditDefect.MacMismatch("k2"), brokenExport(join(sealOnly)).defect());

        // A segment's seal covers its anchor too: the same head and seal under another anchor line is refused.
        byte[] segment = AuditFixtures.export(chain.get(1).head(), chain.subList(2, 5));
        List<String> reanchored = lines(segment);
        reanchored.set(0, AuditExport.FORMAT + " anchor=" + chain.get(0).head());
        reanchored.add(1, wholeLines.get(2));
        assertEquals(
                new AuditDefect.MacMismatch("k2"),
                brokenExport(join(reanchored)).defect());
    }

    @Test
    void anEntrySplicedInFromAnotherChainIsABrokenLink() {
        // Both chains are sealed with the same keys, so the spliced entry's own hash and seal are genuine: only its
        // link to the entry before it shows that it belongs elsewhere.
        List<AuditEntry> chain = chainOf(4);
        List<AuditRecord> others = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            others.add(AuditFixtures.record("other-" + i, i));
        }
        List<AuditEntry> spliced = new ArrayList<>(chain);
        spliced.set(2, AuditFixtures.chain(others, 2).get(2));

        AuditVerification result = verifier.verify(spliced);

        assertFalse(result.isIntact());
        AuditVerification.Broken broken = assertInstanceOf(AuditVerification.Broken.class, result);
        assertEquals(new AuditDefect.BrokenLink(), broken.defect());
        assertEquals(2, broken.index());
    }

    @Test
    void anExportSealIsNotAnEntrySealAndViceVersa() throws IOException {
        AuditKey key = AuditFixtures.key2();
        AuditChainHead head = chainOf(1).get(0).head();
        AuditSeal exportSeal = Seals.sealExport(key, AuditChainHead.GENESIS, head);
        AuditSeal entrySeal = Seals.sealEntry(key, head.hash());
        assertNotEquals(exportSeal, entrySeal);
        AuditKeyRing ring = AuditKeyRing.of(AuditFixtures.key2());
        assertEquals(
                java.util.Optional.of(new AuditDefect.MacMismatch("k2")),
                Seals.checkEntry(ring, exportSeal, head.hash()));
        assertEquals(java.util.Optional.empty(), Seals.checkExport(ring, exportSeal, AuditChainHead.GENESIS, head));
    }

    @Test
    void everyExportSealDependsOnEachOfItsFourInputs() {
        AuditKey key = AuditFixtures.key2();
        List<AuditEntry> chain = chainOf(3);
        AuditChainHead anchor = chain.get(0).head();
        AuditChainHead head = chain.get(2).head();
        AuditSeal seal = Seals.sealExport(key, anchor, head);
        List<AuditSeal> others = List.of(
                Seals.sealExport(key, new AuditChainHead(anchor.sequence() + 1, anchor.hash()), head),
                Seals.sealExport(key, new AuditChainHead(anchor.sequence(), head.hash()), head),
                Seals.sealExport(key, anchor, new AuditChainHead(head.sequence() + 1, head.hash())),
                Seals.sealExport(key, anchor, new AuditChainHead(head.sequence(), anchor.hash())));
        others.forEach(other -> assertNotEquals(seal, other));
    }

    @Test
    void anythingAfterTheTrailerIsRefused() throws IOException {
        byte[] export = AuditFixtures.export(AuditChainHead.GENESIS, chainOf(2));
        String text = new String(export, StandardCharsets.UTF_8);
        for (String after : List.of("\n", "x\n", "x", "end head=0:" + "0".repeat(64) + "\n")) {
            AuditVerification.Broken broken = brokenExport((text + after).getBytes(StandardCharsets.UTF_8));
            assertEquals(
                    new AuditDefect.MalformedExport(5, new AuditExportProblem.ContentAfterTrailer()),
                    broken.defect(),
                    after);
            assertEquals(2, broken.index());
        }
    }

    @Test
    void generatedKeysAreRandomNotZero() {
        SecureRandom random = new SecureRandom();
        AuditHash hash = chainOf(1).get(0).hash();
        AuditSeal zeroKey = Seals.sealEntry(AuditKey.of("g", new byte[AuditKey.MIN_LENGTH]), hash);
        AuditSeal first = Seals.sealEntry(AuditKey.generate("g", random), hash);
        AuditSeal second = Seals.sealEntry(AuditKey.generate("g", random), hash);
        assertNotEquals(zeroKey, first);
        assertNotEquals(zeroKey, second);
        assertNotEquals(first, second);
    }
}
