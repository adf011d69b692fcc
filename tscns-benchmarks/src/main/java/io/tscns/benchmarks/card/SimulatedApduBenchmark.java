package io.tscns.benchmarks.card;

import io.tscns.card.transport.CardTransport;
import io.tscns.simcard.CardFactory;
import io.tscns.simcard.CardHolder;
import io.tscns.simcard.IssuedCard;
import io.tscns.testpki.KeyPairSource;
import java.util.HexFormat;
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
 * APDUs per second against the simulated TS-CNS card, in process and through the real PC/SC stack (the path an
 * application with a reader takes): a header-only SELECT of the MF and a 255-byte READ BINARY of the certificate,
 * the two commands that dominate reading a card.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SimulatedApduBenchmark {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private static final byte[] SELECT_MF = HEX.parseHex("00A4000C023F00");
    private static final byte[] SELECT_CERTIFICATE = HEX.parseHex("00A4080C0411001101");
    private static final byte[] READ_255 = HEX.parseHex("00B00000FF");

    /** The path to the card. */
    @Param({"IN_PROCESS", "PCSC"})
    public CardPath path;

    private IssuedCard issued;
    private CardPath.Connection connection;
    private CardTransport transport;

    /**
     * Issues a card and opens the path; the certificate is selected for the reads.
     *
     * @throws CardException if PC/SC cannot connect
     */
    @Setup(Level.Trial)
    public void insert() throws CardException {
        issued = CardFactory.builder().keys(KeyPairSource.seeded(1)).build().issue(CardHolder.example());
        connection = path.open(issued.card());
        transport = connection.transport();
        transport.transmit(SELECT_CERTIFICATE);
    }

    /** Takes the card out. */
    @TearDown(Level.Trial)
    public void remove() {
        connection.close();
        issued.close();
    }

    /**
     * SELECT MF with P2 = 0C (no response data).
     *
     * @return the response
     */
    @Benchmark
    public byte[] selectMf() {
        return transport.transmit(SELECT_MF);
    }

    /**
     * READ BINARY of 255 bytes at offset 0 of the certificate (selected by the set-up; each benchmark method gets
     * its own card).
     *
     * @return the response
     */
    @Benchmark
    public byte[] readBinary255() {
        return transport.transmit(READ_255);
    }
}
