package io.tscns.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tscns.simcard.CardFactory;
import io.tscns.simcard.CardHolder;
import io.tscns.simcard.IssuedCard;
import io.tscns.simcard.SimulatedProfile;
import io.tscns.simcard.smartcardio.SimulatedReaders;
import io.tscns.testpki.KeyPairSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code tscns card capture} and {@code tscns card replay}: the replayed read gives the card's facts. */
class CardTranscriptCommandTest {

    private static final CardFactory FACTORY = CardFactory.builder().keys(KeyPairSource.seeded(19)).build();

    @ParameterizedTest
    @EnumSource(value = SimulatedProfile.class, names = {"CLASSIC", "ACE_2025", "ST2022_NFC"})
    void aCapturedReadReplaysToTheSameJson(SimulatedProfile profile, @TempDir Path dir) throws Exception {
        try (IssuedCard issued = FACTORY.issue(CardHolder.example(), profile)) {
            SimulatedReaders readers = SimulatedReaders.create("Reader");
            readers.terminal("Reader").insert(issued.card());
            Path file = dir.resolve("card.transcript");

            Cli.Result capture = Cli.with(readers).run("card", "capture", "--output", file.toString());
            assertTrue(capture.exited(ExitCode.OK), capture::toString);
            assertTrue(capture.out().contains(profile.appletBased() ? profile.cliName() + " generation"
                    : "classic generation"), capture::out);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));

            Cli.Result replay = Cli.withoutReaders().run("card", "replay", file.toString(), "--json");
            assertTrue(replay.exited(ExitCode.OK), replay::toString);
            CardJson.assertExactly(new ObjectMapper().readTree(replay.out()), "transcript card.transcript", issued);

            Cli.Result again = Cli.with(readers).run("card", "capture", "--output", file.toString());
            assertTrue(again.exited(ExitCode.INVALID_INPUT), again::toString);
            assertTrue(again.err().contains("already exists"), again::err);
        }
    }
}
