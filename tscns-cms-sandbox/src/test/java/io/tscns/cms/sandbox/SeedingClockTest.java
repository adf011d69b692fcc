package io.tscns.cms.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tscns.cms.protocol.OperatorRole;
import io.tscns.cms.sandbox.internal.store.SandboxDatabase;
import io.tscns.core.secret.CodeGenerator;
import io.tscns.simcard.CardFactory;
import io.tscns.simcard.CardHolder;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeding reads the sandbox's clock, never the system's: a sandbox built with a fixed clock far from today records
 * its seeded cards, those of the builder and those added while it runs, at that clock's instant.
 */
class SeedingClockTest {

    private static final Instant FAR = Instant.parse("2041-03-01T09:30:00Z");

    @Test
    void cardsAreSeededAtTheSandboxClock(@TempDir Path data) {
        CodeGenerator codes = new CodeGenerator(new SecureRandom());
        try (SimulatedCms cms = SimulatedCms.builder()
                .dataDirectory(data)
                .clock(Clock.fixed(FAR, ZoneOffset.UTC))
                .operator(OperatorSeed.of("asl-1", OperatorRole.ASL_COUNTER, SimulatedCms.TUSCANY))
                .card(CardSeed.synthetic(0, SimulatedCms.TUSCANY, codes))
                .start()) {
            cms.addCard(CardFactory.builder().pki(cms.pki()).build().issue(CardHolder.example()));
        }
        try (SandboxDatabase database = SandboxDatabase.inDirectory(data)) {
            List<Instant> seeded = database.read(c -> {
                List<Instant> instants = new ArrayList<>();
                try (Statement s = c.createStatement();
                        ResultSet r = s.executeQuery("SELECT updated_at FROM cards")) {
                    while (r.next()) {
                        instants.add(r.getObject(1, OffsetDateTime.class).toInstant());
                    }
                }
                return instants;
            });
            assertEquals(List.of(FAR, FAR), seeded);
        }
    }
}
