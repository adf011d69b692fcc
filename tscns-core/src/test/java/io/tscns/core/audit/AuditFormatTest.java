package io.tscns.core.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * The byte-level formats, checked against independent implementations of their specifications (the canonical
 * encoding and the seal against the JDK's digest and MAC fed by hand), and the export's text form and bounds.
 */
class AuditFormatTest {

    private static final AuditRecord RECORD = AuditRecord.builder(
                    "Mario Rossi (ASL 1)",
                    Instant.parse("2026-03-01T10:15:30.250Z"),
                    "CARD_ACTIVATION",
                    AuditOutcome.refused("WRONG_CIP"))
            .cardId("80380001100012345678")
            .requestId("req:7")
            .details(AuditDetails.builder()
                    .put("note", "citt\u00e0 50%\u00a0ok")
                    .put("channel", "SMS")
                    .build())
            .build();

    private static void putString(ByteBuffer b, String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        b.putInt(utf8.length).put(utf8);
    }

    /** The layout of {@link #RECORD} with another outcome, written by hand from the specification. */
    private static byte[] layout(AuditOutcome outcome) {
        ByteBuffer expected = ByteBuffer.allocate(512);
        expected.put("TSAU".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).putLong(7);
        expected.putLong(RECORD.instant().getEpochSecond()).putInt(250_000_000);
        putString(expected, "CARD_ACTIVATION");
        putString(expected, "Mario Rossi (ASL 1)");
        expected.put((byte) 1);
        putString(expected, "80380001100012345678");
        expected.put((byte) 0);
        if (outcome instanceof AuditOutcome.Refused refused) {
            expected.put((byte) 1);
            putString(expected, refused.reasonCode());
        } else if (outcome instanceof AuditOutcome.Failed failed) {
            expected.put((byte) 2);
            putString(expected, failed.errorCode());
        } else {
            expected.put((byte) 0);
        }
        expected.put((byte) 1);
        putString(expected, "req:7");
        expected.putInt(2);
        putString(expected, "channel");
        putString(expected, "SMS");
        putString(expected, "note");
        putString(expected, "citt\u00e0 50%\u00a0ok");
        byte[] layout = new byte[expected.position()];
        expected.flip().get(layout);
        return layout;
    }

    private static AuditRecord withOutcome(AuditOutcome outcome) {
        return new AuditRecord(
                RECORD.operatorId(),
                RECORD.instant(),
                RECORD.operation(),
                RECORD.cardId(),
                RECORD.codiceFiscale(),
                outcome,
                RECORD.requestId(),
                RECORD.details());
    }

    @Test
    void theCanonicalEncodingFollowsItsDocumentedLayout() {
        assertArrayEquals(layout(RECORD.outcome()), AuditCanonicalForm.encode(7, RECORD));
    }

    @Test
    void everyOutcomeHasItsOwnMarkerInTheCanonicalEncoding() {
        for (AuditOutcome outcome : List.of(
                AuditOutcome.succeeded(), AuditOutcome.refused("WRONG_CIP"), AuditOutcome.failed("WRONG_CIP"))) {
            assertArrayEquals(layout(outcome), AuditCanonicalForm.encode(7, withOutcome(outcome)), outcome.toText());
        }
        // The same code refused and failed, and no code at all, hash apart.
        assertNotEquals(
                AuditCanonicalForm.entryHash(AuditHash.ZERO, 7, withOutcome(AuditOutcome.refused("X"))),
                AuditCanonicalForm.entryHash(AuditHash.ZERO, 7, withOutcome(AuditOutcome.failed("X"))));
    }

    @Test
    void theEntryHashAndSealFollowTheirDocumentedInputs() throws Exception {
        AuditEntry entry = new AuditSealer(AuditFixtures.key1()).seal(AuditChainHead.GENESIS, RECORD);

        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(new byte[32]);
        byte[] hash = sha256.digest(AuditCanonicalForm.encode(1, RECORD));
        assertArrayEquals(hash, entry.hash().toBytes());

        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(AuditFixtures.KEY_1_MATERIAL, "HmacSHA256"));
        mac.update("v1:HMAC-SHA256:k1:".getBytes(StandardCharsets.US_ASCII));
        mac.update((byte) 0x01);
        String expectedMac = HexFormat.of().formatHex(mac.doFinal(hash));
        assertEquals(new AuditSeal("v1", "HMAC-SHA256", "k1", expectedMac), entry.seal());
    }

    @Test
    void theExportIsTheDocumentedTextForm() throws IOException {
        AuditEntry entry = new AuditSealer(AuditFixtures.key1()).seal(AuditChainHead.GENESIS, RECORD);
        String zeros = "0".repeat(64);

        String export =
                new String(AuditFixtures.export(AuditChainHead.GENESIS, List.of(entry)), StandardCharsets.UTF_8);

        String[] lines = export.split("\n", -1);
        assertEquals(4, lines.length);
        assertEquals("tscns-audit-export/1 anchor=0:" + zeros, lines[0]);
        assertEquals(
                "seq=1 prev=" + zeros + " at=2026-03-01T10:15:30.250Z op=CARD_ACTIVATION"
                        + " operator=Mario%20Rossi%20(ASL%201) card=80380001100012345678 cf= outcome=refused:WRONG_CIP"
                        + " request=req%3A7 details=channel:SMS,note:citt\u00e0%2050%25%C2%A0ok"
                        + " hash=" + entry.hash().toHex() + " seal=" + entry.seal(),
                lines[1]);
        assertTrue(lines[2].startsWith("end head=1:" + entry.hash().toHex() + " seal=v1:HMAC-SHA256:k2:"), lines[2]);
        assertEquals("", lines[3]);
    }

    @Test
    void aLineThatReadsCorrectlyButIsNotWrittenCanonicallyIsRefused() throws IOException {
        AuditEntry entry = new AuditSealer(AuditFixtures.key1()).seal(AuditChainHead.GENESIS, RECORD);
        String export =
                new String(AuditFixtures.export(AuditChainHead.GENESIS, List.of(entry)), StandardCharsets.UTF_8);
        List<UnaryOperator<String>> variants = List.of(
                t -> t.replace("operator=Mario%20Rossi", "operator=Mario%20R%6Fssi"), // escaped plain character
                t -> t.replace("%C2%A0", "%c2%a0"), // lower-case escape
                t -> t.replace("%C2%A0", "\u00a0"), // raw no-break space
                t -> t.replace("seq=1 ", "seq=01 "), // leading zero
                t -> t.replace(":30.250Z", ":30.25Z"), // same instant, other form
                t -> t.replace("details=channel:SMS,note:", "details=note:") // details out of key order
                        .replace("ok hash=", "ok,channel:SMS hash="));
        for (UnaryOperator<String> variant : variants) {
            String changed = variant.apply(export);
            assertNotEquals(export, changed);
            MalformedAuditExportException e = assertThrows(
                    MalformedAuditExportException.class,
                    () -> {
                        AuditExportReader reader =
                                AuditExport.open(new ByteArrayInputStream(changed.getBytes(StandardCharsets.UTF_8)));
                        reader.next();
                    },
                    changed);
            assertEquals(2, e.line(), changed);
        }
    }

    @Test
    void invisibleAndBidirectionalCharactersAreEscapedSoAnAuditorSeesThem() throws IOException {
        AuditRecord tricky = AuditRecord.builder("admin\u202Egnp.exe", Instant.EPOCH, "OP", AuditOutcome.succeeded())
                .requestId("a\u200Bb\u00a0c\ud83d\ude00")
                .build();
        AuditEntry entry = new AuditSealer(AuditFixtures.key1()).seal(AuditChainHead.GENESIS, tricky);
        String line = new String(AuditFixtures.export(AuditChainHead.GENESIS, List.of(entry)), StandardCharsets.UTF_8)
                .split("\n")[1];
        assertTrue(line.contains(" operator=admin%E2%80%AEgnp.exe "), line);
        assertTrue(line.contains(" request=a%E2%80%8Bb%C2%A0c\ud83d\ude00 "), line);
    }

    @Test
    void theLongestPossibleEntryLineFitsTheLineBoundAndReadsBack() throws IOException {
        String wide = "\u2028"; // escaped as 9 bytes per character, the most any character takes
        AuditDetails.Builder details = AuditDetails.builder();
        for (int i = 0; i < AuditDetails.MAX_ENTRIES; i++) {
            String key = String.format("k%02d", i) + "z".repeat(AuditDetails.MAX_KEY_LENGTH - 3);
            details.put(key, i < 8 ? wide.repeat(341) : "");
        }
        AuditRecord record = new AuditRecord(
                wide.repeat(AuditRecord.MAX_ID_LENGTH),
                Instant.parse("9999-12-31T23:59:59.123456789Z"),
                "O".repeat(64),
                Optional.of(wide.repeat(AuditRecord.MAX_SUBJECT_LENGTH)),
                Optional.of(wide.repeat(AuditRecord.MAX_SUBJECT_LENGTH)),
                AuditOutcome.failed("E".repeat(64)),
                Optional.of(wide.repeat(AuditRecord.MAX_ID_LENGTH)),
                details.build());
        AuditSeal widestSeal = new AuditSeal("v999", "A".repeat(32), "K".repeat(64), "ab".repeat(128));
        AuditEntry entry = new AuditEntry(Long.MAX_VALUE, AuditHash.ZERO, record, AuditHash.ZERO, widestSeal);

        byte[] export = AuditFixtures.export(new AuditChainHead(Long.MAX_VALUE - 1, AuditHash.ZERO), List.of(entry));

        int entryLineBytes =
                new String(export, StandardCharsets.UTF_8).split("\n")[1].getBytes(StandardCharsets.UTF_8).length;
        assertTrue(entryLineBytes > 30_000, "the test line should be near the worst case: " + entryLineBytes);
        assertTrue(entryLineBytes <= AuditExport.MAX_LINE_BYTES, "line of " + entryLineBytes + " bytes");
        AuditExportReader reader = AuditExport.open(new ByteArrayInputStream(export));
        assertEquals(Optional.of(entry), reader.next());
    }

    @Test
    void anEndlessLineIsRefusedAfterReadingAtMostOneLineBoundAndOneBuffer() throws IOException {
        byte[] header = ("tscns-audit-export/1 anchor=0:" + "0".repeat(64) + "\n").getBytes(StandardCharsets.UTF_8);
        CountingEndlessStream in = new CountingEndlessStream(header, 64L * 1024 * 1024);

        AuditVerification result = AuditFixtures.verifier().verifyExport(in);

        AuditVerification.Broken broken = assertInstanceOf(AuditVerification.Broken.class, result);
        assertEquals(
                new AuditDefect.MalformedExport(2, new AuditExportProblem.LineTooLong(AuditExport.MAX_LINE_BYTES)),
                broken.defect());
        assertTrue(in.served <= header.length + AuditExport.MAX_LINE_BYTES + 8192L, "read " + in.served + " bytes");
    }

    @Test
    void carriageReturnsAndMissingFinalNewlinesAreRefused() throws IOException {
        byte[] export = AuditFixtures.export(AuditChainHead.GENESIS, List.of());
        String text = new String(export, StandardCharsets.UTF_8);

        MalformedAuditExportException crlf = assertThrows(
                MalformedAuditExportException.class,
                () -> AuditExport.open(
                        new ByteArrayInputStream(text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8))));
        assertEquals(1, crlf.line());

        AuditExportReader reader = AuditExport.open(
                new ByteArrayInputStream(text.substring(0, text.length() - 1).getBytes(StandardCharsets.UTF_8)));
        MalformedAuditExportException cut = assertThrows(MalformedAuditExportException.class, reader::next);
        assertEquals(new AuditExportProblem.MissingNewline(), cut.problem());
        assertEquals(2, cut.line());
        assertEquals(cut, assertThrows(MalformedAuditExportException.class, reader::next));
    }

    /** A stream of a prefix followed by 'a' bytes without a line feed, counting what it hands out. */
    private static final class CountingEndlessStream extends InputStream {
        private final byte[] prefix;
        private final long limit;
        long served;

        CountingEndlessStream(byte[] prefix, long limit) {
            this.prefix = prefix;
            this.limit = limit;
        }

        @Override
        public int read() {
            if (served >= limit) {
                return -1;
            }
            int next = served < prefix.length ? prefix[(int) served] & 0xFF : 'a';
            served++;
            return next;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (served >= limit) {
                return -1;
            }
            int n = (int) Math.min(len, limit - served);
            for (int i = 0; i < n; i++) {
                b[off + i] = served < prefix.length ? prefix[(int) served] : (byte) 'a';
                served++;
            }
            return n;
        }
    }

    @Test
    void aWriterFlushesButDoesNotCloseTheCallersStream() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("closed");
            }
        };
        AuditExport.write(out, AuditChainHead.GENESIS, List.of(), new AuditSealer(AuditFixtures.key1()));
        assertTrue(out.size() > 0);
    }
}
