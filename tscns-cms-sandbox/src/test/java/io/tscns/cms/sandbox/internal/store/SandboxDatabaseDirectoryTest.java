package io.tscns.cms.sandbox.internal.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.core.audit.AuditKey;
import io.tscns.core.audit.AuditSealer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sandbox's data directory: reopened with its rows, held by one sandbox at a time, and an H2 directory of an
 * earlier snapshot refused without being touched.
 */
class SandboxDatabaseDirectoryTest {

    @Test
    void aClosedDirectoryReopensWithItsRowsAndVersion(@TempDir Path directory) {
        try (SandboxDatabase database = SandboxDatabase.inDirectory(directory);
                WriteQueue writes = new WriteQueue(
                        database, new AuditSealer(AuditKey.generate("test-audit", new SecureRandom())))) {
            writes.submit(tx -> {
                try (Statement s = tx.connection().createStatement()) {
                    return s.executeUpdate("INSERT INTO holders VALUES ('RSSMRA85T10A562S', 'ROSSI', 'MARIO',"
                            + " DATE '1985-12-10', 'M', 'A562')");
                }
            });
        }
        assertTrue(Files.exists(directory.resolve("cms.script")), "HSQLDB's script file is in the directory");
        try (SandboxDatabase database = SandboxDatabase.inDirectory(directory)) {
            assertEquals(Migrations.ALL.size(), database.schemaVersion());
            assertEquals("ROSSI", database.read(c -> {
                try (Statement s = c.createStatement();
                        ResultSet r = s.executeQuery("SELECT surname FROM holders")) {
                    r.next();
                    return r.getString(1);
                }
            }));
        }
    }

    @Test
    void aLargeLogIsCheckpointedWhenTheWriterIsIdleAndNotBefore(@TempDir Path directory) throws Exception {
        Path log = directory.resolve("cms.log");
        try (SandboxDatabase database = SandboxDatabase.inDirectory(directory)) {
            assertFalse(database.checkpointIfLogLarge(), "a small log is left alone");
            String details = "x".repeat(30_000);
            Connection c = database.writer();
            try (PreparedStatement s = c.prepareStatement("INSERT INTO audit_entries (seq, previous_hash, hash, seal,"
                    + " operator_id, recorded_at, instant_text, operation, outcome, details) VALUES (?, 'p', 'h', 's',"
                    + " 'asl-1', CURRENT_TIMESTAMP, 'now', 'test', 'succeeded', ?)")) {
                for (int i = 1; Files.size(log) < SandboxDatabase.IDLE_CHECKPOINT_BYTES; i++) {
                    s.setLong(1, i);
                    s.setString(2, details);
                    s.executeUpdate();
                    c.commit();
                }
            }
            assertTrue(database.checkpointIfLogLarge());
            assertTrue(Files.size(log) < 1_000_000, "a new log after the checkpoint: " + Files.size(log));
            assertFalse(database.checkpointIfLogLarge());
        }
        try (SandboxDatabase database = SandboxDatabase.inMemory()) {
            assertFalse(database.checkpointIfLogLarge(), "nothing to checkpoint in memory");
        }
    }

    @Test
    void aDirectoryInUseIsRefusedUntilItsSandboxCloses(@TempDir Path directory) {
        SandboxDatabase first = SandboxDatabase.inDirectory(directory);
        SandboxStoreException refused =
                assertThrows(SandboxStoreException.class, () -> SandboxDatabase.inDirectory(directory));
        assertTrue(refused.getMessage().contains("in use by another sandbox"), refused.getMessage());
        first.close();
        first.close();
        try (SandboxDatabase second = SandboxDatabase.inDirectory(directory)) {
            assertEquals(Migrations.ALL.size(), second.schemaVersion());
        }
    }

    @Test
    void anH2DirectoryOfAnEarlierSnapshotIsRefusedAndLeftAsItWas(@TempDir Path directory) throws IOException {
        byte[] h2 = "H:2,block:3,blockSize:1000,chunk:2,created:18f".getBytes(StandardCharsets.US_ASCII);
        Files.write(directory.resolve("cms.mv.db"), h2);
        SandboxStoreException refused =
                assertThrows(SandboxStoreException.class, () -> SandboxDatabase.inDirectory(directory));
        assertTrue(refused.getMessage().contains("H2 database (cms.mv.db)"), refused.getMessage());
        assertArrayEquals(h2, Files.readAllBytes(directory.resolve("cms.mv.db")));
        try (var files = Files.list(directory)) {
            assertEquals(1, files.count(), "nothing was written beside it");
        }
    }
}
