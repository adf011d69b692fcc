package io.tscns.benchmarks.card;

import io.tscns.card.CnsCard;
import io.tscns.card.CnsCardOptions;
import io.tscns.simcard.ApduExchange;
import io.tscns.simcard.CardFactory;
import io.tscns.simcard.CardFile;
import io.tscns.simcard.CardHolder;
import io.tscns.simcard.IssuedCard;
import io.tscns.simcard.SimulatedProfile;
import io.tscns.testpki.KeyPairSource;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.smartcardio.CardException;

/**
 * Counts the APDUs that reach the simulated card when tscns-card's {@code readIdentity()} reads it and when OpenSC's
 * {@code pkcs15-tool --dump} (which shows the same card id, holder and certificate) reads it, for the benchmark
 * README. Needs the PC/SC stack for the OpenSC rows: run as root under {@code flock /tmp/pcscd.lock}.
 */
public final class ApduCountReport {

    private ApduCountReport() {}

    /**
     * Prints the table.
     *
     * @param args unused
     * @throws CardException        if PC/SC cannot connect
     * @throws IOException          if pkcs15-tool cannot start
     * @throws InterruptedException if interrupted while pkcs15-tool runs
     */
    public static void main(String[] args) throws CardException, IOException, InterruptedException {
        CardFactory factory =
                CardFactory.builder().keys(KeyPairSource.seeded(1)).build();
        System.out.println("| Reader of the card | Profile | APDUs |");
        System.out.println("|---|---|---|");
        for (SimulatedProfile profile : List.of(SimulatedProfile.CLASSIC, SimulatedProfile.RSA_1024)) {
            try (IssuedCard issued = factory.issue(CardHolder.example(), profile)) {
                List<ApduExchange> seen = new CopyOnWriteArrayList<>();
                issued.card().addListener(seen::add);
                try (CardPath.Connection connection = CardPath.IN_PROCESS.open(issued.card());
                        CnsCard card = connection.cnsCard(CnsCardOptions.defaults())) {
                    card.readIdentity();
                    row("tscns-card `readIdentity()`, card not cached", profile, seen.size());
                    seen.clear();
                    card.readIdentity();
                    row("tscns-card `readIdentity()`, card cached", profile, seen.size());
                }
                System.out.println("|   (certificate "
                        + issued.card()
                                .fileContent(CardFile.AUTHENTICATION_CERTIFICATE)
                                .orElseThrow()
                                .length + " bytes, EF.Dati_personali 400 bytes, EF.ID_Carta 16 bytes) | | |");
            }
        }
        for (SimulatedProfile profile : List.of(SimulatedProfile.CLASSIC, SimulatedProfile.RSA_1024)) {
            try (IssuedCard issued = factory.issue(CardHolder.example(), profile)) {
                List<ApduExchange> seen = new CopyOnWriteArrayList<>();
                issued.card().addListener(seen::add);
                try (CardPath.Connection connection = CardPath.PCSC.open(issued.card())) {
                    for (Map.Entry<String, Boolean> run : Map.of("all drivers", false, "OPENSC_DRIVER=itacns", true)
                            .entrySet()) {
                        seen.clear();
                        if (OpenScDumpBenchmark.dumpCommand(run.getValue())
                                        .start()
                                        .waitFor()
                                != 0) {
                            throw new IllegalStateException("pkcs15-tool --dump failed");
                        }
                        long reads = seen.stream().filter(e -> e.ins() == 0xB0).count();
                        row(
                                "OpenSC 0.23 `pkcs15-tool --dump`, " + run.getKey() + " (" + reads + " READ BINARY)",
                                profile,
                                seen.size());
                    }
                }
            }
        }
    }

    private static void row(String reader, SimulatedProfile profile, int apdus) {
        System.out.println("| " + reader + " | " + profile.cliName() + " | " + apdus + " |");
    }
}
