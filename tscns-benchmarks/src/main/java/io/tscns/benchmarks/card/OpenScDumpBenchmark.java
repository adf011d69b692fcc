package io.tscns.benchmarks.card;

import io.tscns.simcard.CardFactory;
import io.tscns.simcard.CardHolder;
import io.tscns.simcard.IssuedCard;
import io.tscns.simcard.SimulatedProfile;
import io.tscns.testpki.KeyPairSource;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import javax.smartcardio.CardException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a user would otherwise run to read a CNS: OpenSC's {@code pkcs15-tool --dump} against the same simulated card
 * behind pcscd + vpcd, with every driver trying the card first (OpenSC's default) or with the CNS driver forced
 * ({@code OPENSC_DRIVER=itacns}). Each operation is one run of the tool, process start included, as a user meets it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class OpenScDumpBenchmark {

    /** Whether OpenSC is told to use its CNS driver directly. */
    @Param({"false", "true"})
    public boolean forceDriver;

    private IssuedCard issued;
    private CardPath.Connection connection;
    private ProcessBuilder dump;

    /**
     * Issues a card and puts it behind pcscd.
     *
     * @throws CardException if PC/SC cannot connect
     */
    @Setup(Level.Trial)
    public void insert() throws CardException {
        issued = CardFactory.builder()
                .keys(KeyPairSource.seeded(1))
                .build()
                .issue(CardHolder.example(), SimulatedProfile.CLASSIC);
        connection = CardPath.PCSC.open(issued.card());
        dump = dumpCommand(forceDriver);
    }

    /**
     * Returns {@code pkcs15-tool --dump} on the first reader, its output discarded.
     *
     * @param forceDriver whether to set {@code OPENSC_DRIVER=itacns}
     * @return the command, ready to start
     */
    static ProcessBuilder dumpCommand(boolean forceDriver) {
        ProcessBuilder command = new ProcessBuilder("pkcs15-tool", "--reader", "0", "--dump")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        command.environment().remove("OPENSC_DRIVER");
        if (forceDriver) {
            command.environment().put("OPENSC_DRIVER", "itacns");
        }
        return command;
    }

    /** Takes the card out. */
    @TearDown(Level.Trial)
    public void remove() {
        connection.close();
        issued.close();
    }

    /**
     * Runs {@code pkcs15-tool --dump} once.
     *
     * @return the tool's exit status
     * @throws IOException          if the tool cannot start
     * @throws InterruptedException if interrupted while it runs
     */
    @Benchmark
    public int pkcs15Dump() throws IOException, InterruptedException {
        int status = dump.start().waitFor();
        if (status != 0) {
            throw new IllegalStateException("pkcs15-tool --dump failed with status " + status);
        }
        return status;
    }
}
