package io.tscns.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Tamper evidence: whatever is changed, deleted or moved, in stored entries or in an export, the verifier reports
 * it at the position where it happened. Chains are 1 to 6 random records, with the sealing key rolled over at a
 * random point.
 *
 * <p>Each try seals, exports and verifies a whole chain (a few dozen SHA-256 and HMAC computations plus the
 * generation of unicode-heavy records), so the properties whose outcome hardly depends on the input's details run
 * 200 tries; the two tamper-detection properties that sample byte offsets and fields run 1000 and 600.
 */
class AuditChainProperties {

    private final AuditVerifier verifier = AuditFixtures.verifier();

    @Provide
    Arbitrary<List<AuditEntry>> chains() {
        return AuditFixtures.chains();
    }

    @Property(tries = 200)
    void untouchedChainsAndExportsVerify(@ForAll("chains") List<AuditEntry> chain) throws IOException {
        AuditChainHead head = chain.get(chain.size() - 1).head();
        assertEquals(new AuditVerification.Intact(chain.size(), head), verifier.verify(chain));
        assertEquals(new AuditVerification.Intact(chain.size(), head), verifier.verify(chain, head));
        byte[] export = AuditFixtures.export(AuditChainHead.GENESIS, chain);
        assertEquals(
                new AuditVerification.Intact(chain.size(), head),
                verifier.verifyExport(new ByteArrayInputStream(export)));
    }

    @Property(tries = 200)
    void exportsReadBackToTheSameEntries(@ForAll("chains") List<AuditEntry> chain) throws IOException {
        byte[] export = AuditFixtures.export(AuditChainHead.GENESIS, chain);
        AuditExportReader reader = AuditExport.open(new ByteArrayInputStream(export));
        List<AuditEntry> read = new ArrayList<>();
        for (Optional<AuditEntry> e = reader.next(); e.isPresent(); e = reader.next()) {
            read.add(e.get());
        }
        assertEquals(chain, read);
        assertEquals(AuditChainHead.GENESIS, reader.anchor());
        assertEquals(
                chain.get(chain.size() - 1).head(),
                reader.trailer().orElseThrow().head());
    }

    /**
     * The replacement byte is random, or the original with its ASCII case flipped, or its neighbour: the changes
     * most likely to slip through a lenient reader (a lower-case escape, a digit off by one).
     */
    @Property(tries = 1000)
    void anySingleByteChangeOfAnExportIsDetectedAtItsEntry(
            @ForAll("chains") List<AuditEntry> chain,
            @ForAll @IntRange(min = 0) int offsetSeed,
            @ForAll @IntRange(min = 0, max = 3) int kind,
            @ForAll byte random)
            throws IOException {
        byte[] export = AuditFixtures.export(AuditChainHead.GENESIS, chain);
        int offset = offsetSeed % export.length;
        byte original = export[offset];
        byte replacement = switch (kind) {
            case 0 -> (byte) (original ^ 0x20);
            case 1 -> (byte) (original + 1);
            case 2 -> (byte) (original - 1);
            default -> random;
        };
        Assume.that(original != replacement);
        int line = 0;
        for (int i = 0; i < offset; i++) {
            if (export[i] == '\n') {
                line++;
            }
        }
        // Line 0 is the header (reported at index 0), lines 1..n the entries, line n+1 the trailer (index n).
        long expectedIndex = Math.max(0, Math.min(line - 1, chain.size()));
        export[offset] = replacement;

        AuditVerification result = verifier.verifyExport(new ByteArrayInputStream(export));

        AuditVerification.Broken broken = assertInstanceOf(AuditVerification.Broken.class, result);
        assertEquals(expectedIndex, broken.index(), broken::describe);
    }

    @Property(tries = 200)
    void anyDeletedExportLineIsDetectedAtItsEntry(
            @ForAll("chains") List<AuditEntry> chain, @ForAll @IntRange(min = 0) int indexSeed) throws IOException {
        int deleted = indexSeed % chain.size();
        List<AuditEntry> shorter = new ArrayList<>(chain);
        shorter.remove(deleted);
        // The export of the original chain minus one entry line: same header and trailer.
        String original = new String(AuditFixtures.export(AuditChainHead.GENESIS, chain), StandardCharsets.UTF_8);
        String[] lines = original.split("\n", -1);
        StringBuilder tampered = new StringBuilder();
        for (int i = 0; i < lines.length - 1; i++) {
            if (i != deleted + 1) {
                tampered.append(lines[i]).append('\n');
            }
        }

        AuditVerification result = verifier.verifyExport(
                new ByteArrayInputStream(tampered.toString().getBytes(StandardCharsets.UTF_8)));

        AuditVerification.Broken broken = assertInstanceOf(AuditVerification.Broken.class, result);
        assertEquals(deleted, broken.index(), broken::describe);
        assertEquals(deleted + 1, broken.expectedSequence());
    }

    @Property(tries = 200)
    void anyDeletedStoredEntryIsDetectedAtItsIndex(
            @ForAll("chains") List<AuditEntry> chain, @ForAll @IntRange(min = 0) int indexSeed) {
        int deleted = indexSeed % chain.size();
        AuditChainHead checkpoint = chain.get(chain.size() - 1).head();
        List<AuditEntry> tampered = new ArrayList<>(chain);
        tampered.remove(deleted);

        AuditVerification result = verifier.verify(tampered, checkpoint);

        AuditVerification.Broken broken = assertInstanceOf(AuditVerification.Broken.class, result);
        assertEquals(deleted, broken.index(), broken::describe);
        if (deleted == chain.size() - 1) {
            assertEquals(new AuditDefect.Truncated(chain.size(), chain.size() - 1), broken.defect());
        } else {
            assertEquals(new AuditDefect.SequenceGap(deleted + 1, deleted + 2), broken.defect());
        }
    }

    @Property(tries = 200)
    void swappingTwoEntriesIsDetectedAtTheFirst(
            @ForAll("chains") List<AuditEntry> chain,
            @ForAll @IntRange(min = 0) int a,
            @ForAll @IntRange(min = 0) int b) {
        Assume.that(chain.size() >= 2);
        int i = Math.min(a % chain.size(), b % chain.size());
        int j = Math.max(a % chain.size(), b % chain.size());
        Assume.that(i != j);
        List<AuditEntry> swapped = new ArrayList<>(chain);
        swapped.set(i, chain.get(j));
        swapped.set(j, chain.get(i));

        AuditVerification.Broken broken = assertInstanceOf(AuditVerification.Broken.class, verifier.verify(swapped));

        assertEquals(i, broken.index(), broken::describe);
        assertEquals(new AuditDefect.SequenceGap(i + 1, j + 1), broken.defect());
    }

    @Property(tries = 600)
    void anyChangedFieldOfAStoredEntryIsDetectedAtItsIndex(
            @ForAll("chains") List<AuditEntry> chain,
            @ForAll @IntRange(min = 0) int indexSeed,
            @ForAll @IntRange(min = 0, max = 14) int field) {
        int index = indexSeed % chain.size();
        AuditEntry original = chain.get(index);
        AuditEntry changed = Mutations.change(original, field);
        assertNotEquals(original, changed);
        List<AuditEntry> tampered = new ArrayList<>(chain);
        tampered.set(index, changed);

        AuditVerification.Broken broken = assertInstanceOf(AuditVerification.Broken.class, verifier.verify(tampered));

        assertEquals(index, broken.index(), broken::describe);
    }

    @Property(tries = 200)
    void appendingAfterResumingFromAStoredHeadVerifies(
            @ForAll("chains") List<AuditEntry> stored, @ForAll("moreRecords") List<AuditRecord> more) {
        AuditVerification.Intact before = assertInstanceOf(AuditVerification.Intact.class, verifier.verify(stored));
        AuditVerification.Intact last =
                assertInstanceOf(AuditVerification.Intact.class, verifier.verifyEntry(stored.get(stored.size() - 1)));
        assertEquals(before.head(), last.head());

        AuditChain resumed = AuditChain.resume(last.head(), new AuditSealer(AuditFixtures.key1()));
        more.forEach(resumed::append);
        List<AuditEntry> all = new ArrayList<>(stored);
        all.addAll(resumed.entries());

        assertEquals(new AuditVerification.Intact(all.size(), resumed.head()), verifier.verify(all));
        assertEquals(
                new AuditVerification.Intact(more.size(), resumed.head()),
                verifier.verifySegment(last.head(), resumed.entries(), Optional.of(resumed.head())));
    }

    @Property(tries = 200)
    void resumingFromAStaleHeadBreaksTheChainWhereTheNewEntriesStart(
            @ForAll("chains") List<AuditEntry> stored, @ForAll("moreRecords") List<AuditRecord> more) {
        Assume.that(stored.size() >= 2 && !more.isEmpty());
        AuditChainHead stale = stored.get(stored.size() - 2).head();
        AuditChain resumed = AuditChain.resume(stale, new AuditSealer(AuditFixtures.key1()));
        more.forEach(resumed::append);
        List<AuditEntry> all = new ArrayList<>(stored);
        all.addAll(resumed.entries());

        AuditVerification.Broken broken = assertInstanceOf(AuditVerification.Broken.class, verifier.verify(all));

        assertEquals(stored.size(), broken.index());
        assertInstanceOf(AuditDefect.OutOfOrder.class, broken.defect());
    }

    @Provide
    Arbitrary<List<AuditRecord>> moreRecords() {
        return AuditFixtures.records().list().ofMaxSize(5);
    }

    /** One-field changes of an entry; each yields a valid entry that differs from the original. */
    static final class Mutations {

        private Mutations() {}

        static AuditEntry change(AuditEntry e, int field) {
            AuditRecord r = e.record();
            return switch (field) {
                case 0 -> new AuditEntry(e.sequence() + 1, e.previousHash(), r, e.hash(), e.seal());
                case 1 ->
                    new AuditEntry(e.sequence() == 1 ? 3 : e.sequence() - 1, e.previousHash(), r, e.hash(), e.seal());
                case 2 -> new AuditEntry(e.sequence(), flip(e.previousHash()), r, e.hash(), e.seal());
                case 3 ->
                    withRecord(
                            e,
                            new AuditRecord(
                                    r.operatorId() + "x",
                                    r.instant(),
                                    r.operation(),
                                    r.cardId(),
                                    r.codiceFiscale(),
                                    r.outcome(),
                                    r.requestId(),
                                    r.details()));
                case 4 ->
                    withRecord(
                            e,
                            new AuditRecord(
                                    r.operatorId(),
                                    nudge(r.instant()),
                                    r.operation(),
                                    r.cardId(),
                                    r.codiceFiscale(),
                                    r.outcome(),
                                    r.requestId(),
                                    r.details()));
                case 5 ->
                    withRecord(
                            e,
                            new AuditRecord(
                                    r.operatorId(),
                                    r.instant(),
                                    r.operation() + "X",
                                    r.cardId(),
                                    r.codiceFiscale(),
                                    r.outcome(),
                                    r.requestId(),
                                    r.details()));
                case 6 ->
                    withRecord(
                            e,
                            new AuditRecord(
                                    r.operatorId(),
                                    r.instant(),
                                    r.operation(),
                                    toggle(r.cardId()),
                                    r.codiceFiscale(),
                                    r.outcome(),
                                    r.requestId(),
                                    r.details()));
                case 7 ->
                    withRecord(
                            e,
                            new AuditRecord(
                                    r.operatorId(),
                                    r.instant(),
                                    r.operation(),
                                    r.cardId(),
                                    toggle(r.codiceFiscale()),
                                    r.outcome(),
                                    r.requestId(),
                                    r.details()));
                case 8 ->
                    withRecord(
                            e,
                            new AuditRecord(
                                    r.operatorId(),
                                    r.instant(),
                                    r.operation(),
                                    r.cardId(),
                                    r.codiceFiscale(),
                                    otherOutcome(r.outcome()),
                                    r.requestId(),
                                    r.details()));
                case 9 ->
                    withRecord(
                            e,
                            new AuditRecord(
                                    r.operatorId(),
                                    r.instant(),
                                    r.operation(),
                                    r.cardId(),
                                    r.codiceFiscale(),
                                    r.outcome(),
                                    toggle(r.requestId()),
                                    r.details()));
                case 10 ->
                    withRecord(
                            e,
                            new AuditRecord(
                                    r.operatorId(),
                                    r.instant(),
                                    r.operation(),
                                    r.cardId(),
                                    r.codiceFiscale(),
                                    r.outcome(),
                                    r.requestId(),
                                    otherDetails(r.details())));
                case 11 -> new AuditEntry(e.sequence(), e.previousHash(), r, flip(e.hash()), e.seal());
                case 12 ->
                    new AuditEntry(
                            e.sequence(),
                            e.previousHash(),
                            r,
                            e.hash(),
                            new AuditSeal(
                                    e.seal().version(),
                                    e.seal().algorithm(),
                                    e.seal().keyId().equals("k1") ? "k2" : "k1",
                                    e.seal().mac()));
                case 13 ->
                    new AuditEntry(
                            e.sequence(),
                            e.previousHash(),
                            r,
                            e.hash(),
                            new AuditSeal(
                                    e.seal().version(),
                                    e.seal().algorithm(),
                                    e.seal().keyId(),
                                    flipHex(e.seal().mac())));
                default ->
                    new AuditEntry(
                            e.sequence(),
                            e.previousHash(),
                            r,
                            e.hash(),
                            new AuditSeal(
                                    "v2",
                                    e.seal().algorithm(),
                                    e.seal().keyId(),
                                    e.seal().mac()));
            };
        }

        private static AuditEntry withRecord(AuditEntry e, AuditRecord r) {
            return new AuditEntry(e.sequence(), e.previousHash(), r, e.hash(), e.seal());
        }

        private static AuditHash flip(AuditHash hash) {
            byte[] bytes = hash.toBytes();
            bytes[7] ^= 0x01;
            return AuditHash.of(bytes);
        }

        private static String flipHex(String hex) {
            char c = hex.charAt(0);
            return (c == '0' ? '1' : '0') + hex.substring(1);
        }

        private static Instant nudge(Instant instant) {
            return instant.equals(AuditRecord.LATEST) ? instant.minusNanos(1) : instant.plusNanos(1);
        }

        private static Optional<String> toggle(Optional<String> value) {
            return value.isPresent() ? Optional.empty() : Optional.of("x");
        }

        private static AuditOutcome otherOutcome(AuditOutcome outcome) {
            return outcome instanceof AuditOutcome.Succeeded
                    ? AuditOutcome.refused("WRONG_CIP")
                    : AuditOutcome.succeeded();
        }

        private static AuditDetails otherDetails(AuditDetails details) {
            return details.isEmpty() ? AuditDetails.builder().put("added", "1").build() : AuditDetails.empty();
        }
    }
}
