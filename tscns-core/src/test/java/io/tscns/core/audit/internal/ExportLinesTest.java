package io.tscns.core.audit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tscns.core.audit.AuditChainHead;
import io.tscns.core.audit.AuditExportProblem;
import io.tscns.core.audit.AuditExportTrailer;
import io.tscns.core.audit.AuditHash;
import io.tscns.core.audit.AuditSeal;
import io.tscns.core.audit.MalformedAuditExportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Proves that header and trailer lines are read strictly: a sequence number written with a sign or leading zeros is
 * refused with the exact problem, a missing sequence number is told apart from a missing colon, and a misplaced
 * field is reported with its 1-based position.
 */
class ExportLinesTest {

    private static final String ZEROS = "0".repeat(64);
    private static final String HEADER_PREFIX = ExportLines.FORMAT + " anchor=";
    private static final AuditSeal SEAL = new AuditSeal("v1", "HMAC-SHA256", "k1", "ab".repeat(32));

    private static AuditExportProblem headerProblem(String line) {
        return assertThrows(MalformedAuditExportException.class, () -> ExportLines.parseHeader(line, 1))
                .problem();
    }

    @Test
    void aCanonicalHeaderReadsBackToItsAnchor() {
        AuditChainHead anchor = new AuditChainHead(42, AuditHash.parseHex("0f".repeat(32)));
        assertEquals(anchor, ExportLines.parseHeader(ExportLines.header(anchor), 1));
    }

    @Test
    void aHeaderAnchorWithLeadingZerosReadsButIsNotCanonical() {
        assertEquals(new AuditExportProblem.NotCanonical(), headerProblem(HEADER_PREFIX + "01:" + ZEROS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+1", "-0", "1a", "", "12345678901234567890", "9223372036854775808"})
    void aHeaderAnchorSequenceThatIsNotPlainDecimalDigitsIsABadField(String sequence) {
        assertEquals(
                new AuditExportProblem.BadField("anchor", "expected a decimal sequence number up to 2^63-1"),
                headerProblem(HEADER_PREFIX + sequence + ":" + ZEROS));
    }

    @Test
    void aHeaderAnchorWithoutAColonAsksForTheSequenceAndHash() {
        assertEquals(
                new AuditExportProblem.BadField("anchor", "expected <sequence>:<hash>"),
                headerProblem(HEADER_PREFIX + ZEROS));
    }

    @Test
    void aCanonicalTrailerReadsBackAndOneWithLeadingZerosIsNotCanonical() {
        AuditExportTrailer trailer = new AuditExportTrailer(new AuditChainHead(0, AuditHash.ZERO), SEAL);
        String line = ExportLines.trailer(trailer);
        assertEquals("end head=0:" + ZEROS + " seal=" + SEAL, line);
        assertEquals(trailer, ExportLines.parseTrailer(line, 9));

        MalformedAuditExportException e = assertThrows(
                MalformedAuditExportException.class,
                () -> ExportLines.parseTrailer(line.replace("head=0:", "head=00:"), 9));
        assertEquals(new AuditExportProblem.NotCanonical(), e.problem());
        assertEquals(9, e.line());
    }

    @Test
    void aMisnamedFieldIsReportedWithItsOneBasedPosition() {
        MalformedAuditExportException trailer = assertThrows(
                MalformedAuditExportException.class,
                () -> ExportLines.parseTrailer("end head=0:" + ZEROS + " sel=" + SEAL, 3));
        assertEquals(new AuditExportProblem.BadField("seal", "expected 'seal=' as field 2"), trailer.problem());

        MalformedAuditExportException entry = assertThrows(
                MalformedAuditExportException.class,
                () -> ExportLines.parseEntry(
                        "seq=1 prev=" + ZEROS + " at= op= operator= card= cf= outcome= request= details= hash= sael=",
                        2));
        assertEquals(new AuditExportProblem.BadField("seal", "expected 'seal=' as field 12"), entry.problem());
    }
}
