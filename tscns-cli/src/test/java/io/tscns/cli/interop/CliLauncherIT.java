package io.tscns.cli.interop;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tscns.cli.CardJson;
import io.tscns.simcard.CardFactory;
import io.tscns.simcard.CardHolder;
import io.tscns.simcard.IssuedCard;
import io.tscns.simcard.SimulatedProfile;
import io.tscns.test.junit.WithPcscd;
import io.tscns.testpki.KeyPairSource;
import io.tscns.simcard.vpcd.VirtualReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 7 acceptance through the real PC/SC stack: the {@code ./tscns} launcher, run as a subprocess like a user
 * runs it, reads the simulated card that pcscd sees through vpcd, and reports a wrong PIN's tries left.
 */
@WithPcscd
class CliLauncherIT {

    private static final CardFactory FACTORY = CardFactory.builder().keys(KeyPairSource.seeded(707)).build();
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    /** The classic simulator ATR with "ACE" where "CNS" belongs: well formed, known to no rule. */
    private static final byte[] UNKNOWN_ATR = java.util.HexFormat.of()
            .parseHex("3BFF1800008131FE45006B1105070001110141434511318062");

    @Test
    void readJsonReportsExactlyTheCardsData(VirtualReader reader) throws Exception {
        try (IssuedCard issued = FACTORY.issue(CardHolder.example())) {
            reader.insert(issued.card(), TIMEOUT);

            Run run = launcher("", "read", "--json", "--reader", reader.name());

            assertEquals(0, run.exitCode(), run::toString);
            CardJson.assertExactly(new ObjectMapper().readTree(run.out()), reader.name(), issued);
        }
    }

    /**
     * Issue 19 acceptance: the applet-based and contactless generations give the same facts as a classic card
     * through the real pcscd and vpcd, the ACe 2025 also with an ATR that no rule knows.
     */
    @ParameterizedTest
    @ValueSource(strings = {"ace2025", "st2022-nfc", "ace2025 with an unknown ATR"})
    void readJsonOfEveryCardGenerationReportsTheCardsData(String generation, VirtualReader reader) throws Exception {
        SimulatedProfile profile = SimulatedProfile.fromName(generation.split(" ")[0]);
        try (IssuedCard issued = generation.contains("unknown")
                ? FACTORY.issue(CardHolder.example(), profile, UNKNOWN_ATR)
                : FACTORY.issue(CardHolder.example(), profile)) {
            reader.insert(issued.card(), TIMEOUT);

            Run run = launcher("", "read", "--json", "--reader", reader.name());

            assertEquals(0, run.exitCode(), run::toString);
            CardJson.assertExactly(new ObjectMapper().readTree(run.out()), reader.name(), issued);
        }
    }

    @Test
    void wrongPinFromStdinReportsTheTriesLeft(VirtualReader reader) throws Exception {
        try (IssuedCard issued = FACTORY.issue(CardHolder.example())) {
            reader.insert(issued.card(), TIMEOUT);
            String pin = new String(issued.pin().toCharArray());
            String wrong = pin.charAt(0) == '9' ? "0" + pin.substring(1) : (char) (pin.charAt(0) + 1)
                    + pin.substring(1);

            Run run = launcher(wrong + "\n", "pin", "verify", "--pin-stdin");

            assertEquals(4, run.exitCode(), run::toString);
            assertEquals("", run.out());
            assertTrue(run.err().startsWith("tscns: wrong PIN: 2 tries left"), run::toString);
            assertTrue(!run.all().contains(wrong) && !run.all().contains(pin), "no PIN in the output");
        }
    }

    private static Run launcher(String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("tscns").toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("tscns-out", ".txt");
        Path err = Files.createTempFile("tscns-err", ".txt");
        try {
            Process process = new ProcessBuilder(command).directory(ROOT.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            process.getOutputStream().write(stdin.getBytes(StandardCharsets.US_ASCII));
            process.getOutputStream().close();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("./tscns " + String.join(" ", args) + " did not end");
            }
            return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private record Run(int exitCode, String out, String err) {
        String all() {
            return out + err;
        }
    }
}
