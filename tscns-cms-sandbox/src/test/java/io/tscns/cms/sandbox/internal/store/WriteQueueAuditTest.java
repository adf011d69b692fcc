package io.tscns.cms.sandbox.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.core.audit.AuditChainHead;
import io.tscns.core.audit.AuditEntry;
import io.tscns.core.audit.AuditKey;
import io.tscns.core.audit.AuditKeyRing;
import io.tscns.core.audit.AuditOutcome;
import io.tscns.core.audit.AuditRecord;
import io.tscns.core.audit.AuditSealer;
import io.tscns.core.audit.AuditVerifier;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The writer's paged reading of the audit chain: pages join without a gap or a repeat across the page size, a
 * segment starts after the entry asked for and is anchored at its head, and a reading ends at the head committed when
 * it began, however many entries are appended while it goes on.
 */
class WriteQueueAuditTest {

    private static void append(WriteQueue writes, int count) {
        writes.submit(tx -> {
            for (int i = 0; i < count; i++) {
                tx.audit(AuditRecord.builder(
                                "asl-1",
                                Instant.parse("2026-11-22T10:00:00Z"),
                                "card.status",
                                new AuditOutcome.Succeeded())
                        .requestId("r-" + i)
                        .build());
            }
            return null;
        });
    }

    private static List<Long> sequences(Iterable<AuditEntry> entries) {
        List<Long> sequences = new ArrayList<>();
        entries.forEach(entry -> sequences.add(entry.sequence()));
        return sequences;
    }

    @Test
    void pagesJoinSegmentsAnchorAndAReadingEndsAtItsHead() {
        AuditKey key = AuditKey.generate("test-audit", new SecureRandom());
        try (SandboxDatabase database = SandboxDatabase.inMemory();
                WriteQueue writes = new WriteQueue(database, new AuditSealer(key))) {
            int total = 2 * WriteQueue.AUDIT_PAGE + 7;
            append(writes, total);

            List<Long> all = sequences(writes.entries(0, Long.MAX_VALUE));
            assertEquals(total, all.size());
            for (int i = 0; i < total; i++) {
                assertEquals(i + 1, all.get(i), "entry " + i);
            }
            assertTrue(new AuditVerifier(AuditKeyRing.of(key))
                    .verify(writes.entries(0, Long.MAX_VALUE))
                    .isIntact());

            long after = WriteQueue.AUDIT_PAGE - 3;
            List<Long> segment = sequences(writes.entries(after, 10));
            assertEquals(10, segment.size());
            assertEquals(after + 1, segment.get(0));
            // The anchor is the head right after entry `after`: its sequence number and its hash.
            AuditEntry anchored = writes.entries(after - 1, 1).iterator().next();
            assertEquals(anchored.head(), writes.headAt(after).orElseThrow());
            assertEquals(Optional.empty(), writes.headAt(total + 1));
            assertEquals(Optional.of(AuditChainHead.GENESIS), writes.headAt(0));

            Iterator<AuditEntry> reading = writes.entries(0, Long.MAX_VALUE).iterator();
            reading.next();
            append(writes, WriteQueue.AUDIT_PAGE * 3);
            int read = 1;
            while (reading.hasNext()) {
                reading.next();
                read++;
            }
            assertEquals(total, read, "entries appended after the reading began are not chased");
        }
    }
}
