package io.tscns.benchmarks.card;

import io.tscns.card.CardIdentity;
import io.tscns.card.CnsCard;
import io.tscns.card.CnsCardOptions;
import io.tscns.card.fs.CardFileCache;
import io.tscns.simcard.CardFactory;
import io.tscns.simcard.CardHolder;
import io.tscns.simcard.IssuedCard;
import io.tscns.simcard.SimulatedProfile;
import io.tscns.testpki.KeyPairSource;
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
 * tscns-card's {@code readIdentity()} (card id, TEAM number, personal data, certificate) against a simulated card
 * from the card factory, in process and through the real PC/SC stack; with an empty cache every time (a card never
 * seen) or with the card already cached (only the card-id check goes to the card). The CLASSIC profile reads with
 * extended length, RSA_1024 in 255-byte pieces. Compare with {@link OpenScDumpBenchmark}, which reads the same card
 * with OpenSC.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReadIdentityBenchmark {

    /** The path to the card. */
    @Param({"IN_PROCESS", "PCSC"})
    public CardPath path;

    /** The chip family. */
    @Param({"CLASSIC", "RSA_1024"})
    public SimulatedProfile profile;

    /** Whether the card is read from scratch every time. */
    @Param({"true", "false"})
    public boolean cold;

    private IssuedCard issued;
    private CardPath.Connection connection;
    private CardFileCache cache;
    private CnsCard card;

    /**
     * Issues a card, opens the path and the facade.
     *
     * @throws CardException if PC/SC cannot connect
     */
    @Setup(Level.Trial)
    public void open() throws CardException {
        issued = CardFactory.builder().keys(KeyPairSource.seeded(1)).build().issue(CardHolder.example(), profile);
        connection = path.open(issued.card());
        cache = CardFileCache.create(1);
        card = connection.cnsCard(CnsCardOptions.defaults().withCache(cache).withResetOnClose(false));
    }

    /** Closes the facade and takes the card out. */
    @TearDown(Level.Trial)
    public void close() {
        card.close();
        connection.close();
        issued.close();
    }

    /**
     * Reads the identity.
     *
     * @return the identity
     */
    @Benchmark
    public CardIdentity readIdentity() {
        if (cold) {
            cache.clear();
        }
        return card.readIdentity();
    }
}
