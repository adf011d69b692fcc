package io.tscns.test.jqwik;

import io.tscns.core.card.CardId;
import io.tscns.core.person.BirthPlaceCode;
import io.tscns.core.person.CodiceFiscaleCalculator;
import io.tscns.core.person.PersonalCodiceFiscale;
import io.tscns.core.person.Sex;
import io.tscns.simcard.CardFactory;
import io.tscns.simcard.CardHolder;
import io.tscns.simcard.CommandBytes;
import io.tscns.simcard.Fault;
import io.tscns.simcard.IssuedCard;
import io.tscns.simcard.SimulatedProfile;
import io.tscns.testpki.KeyPairSource;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators (<i>generatori</i>) for TS-CNS test data: holders and their codici fiscali, card ids, whole
 * simulated cards, command APDUs and card faults. Use them from {@code @Provide} methods:
 *
 * <pre>{@code
 * @Provide Arbitrary<CardHolder> holders() { return TscnsArbitraries.holders(); }
 * }</pre>
 *
 * Every generator shrinks towards simple values (short names, early dates, seed 0, case-1 APDUs).
 * @since 0.1.0
 */
public final class TscnsArbitraries {

    /** Italian municipality letters of a birth-place code (A–M) and the foreign-state letter Z. */
    private static final String PLACE_LETTERS = "ABCDEFGHILMZ";
    /** Letters for generated names: plain ASCII, so every name fits EF.Dati_personali. */
    private static final String NAME_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private static final LocalDate OLDEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate YOUNGEST = LocalDate.of(2025, 12, 31);
    /** Distinct cards {@link #cards()} draws: each seed's key is derived once and cached. */
    private static final int CARD_SEEDS = 16;

    private TscnsArbitraries() {}

    /**
     * Generates birth-place codes: an Italian municipality letter or {@code Z}, then three digits.
     *
     * @return the generator
     */
    public static Arbitrary<BirthPlaceCode> birthPlaces() {
        return Combinators.combine(
                        Arbitraries.of(
                                PLACE_LETTERS.chars().mapToObj(c -> (char) c).toList()),
                        Arbitraries.integers().between(0, 999))
                .as((letter, number) -> new BirthPlaceCode(letter + String.format("%03d", number)));
    }

    /**
     * Generates card holders: upper-case ASCII names of 1 to 3 words, either sex, birth dates from 1900 to 2025,
     * birth places and residences.
     *
     * @return the generator
     */
    public static Arbitrary<CardHolder> holders() {
        Arbitrary<String> word =
                Arbitraries.strings().withChars(NAME_LETTERS).ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> names = word.list().ofMinSize(1).ofMaxSize(3).map(words -> String.join(" ", words));
        Arbitrary<LocalDate> dates = Arbitraries.longs()
                .between(OLDEST.toEpochDay(), YOUNGEST.toEpochDay())
                .map(LocalDate::ofEpochDay);
        return Combinators.combine(names, names, Arbitraries.of(Sex.class), dates, birthPlaces(), birthPlaces())
                .as(CardHolder::new);
    }

    /**
     * Generates valid personal codici fiscali: computed from generated holders, half of them as an omocodic variant
     * of a random level.
     *
     * @return the generator
     */
    public static Arbitrary<PersonalCodiceFiscale> codiciFiscali() {
        return Combinators.combine(holders(), Arbitraries.integers().between(0, 7))
                .as((holder, level) -> CodiceFiscaleCalculator.compute(
                                holder.surname(), holder.name(), holder.sex(), holder.birthDate(), holder.birthPlace())
                        .omocode(level));
    }

    /**
     * Generates card ids shaped like the real one: {@code 6}, a region code, nine digits, {@code 000}.
     *
     * @return the generator
     */
    public static Arbitrary<CardId> cardIds() {
        return Combinators.combine(
                        Arbitraries.integers().between(10, 200),
                        Arbitraries.integers().between(0, 999_999_999))
                .as((region, serial) ->
                        new CardId("6" + String.format("%03d", region) + String.format("%09d", serial) + "000"));
    }

    /**
     * Generates whole simulated cards from the card factory, of every profile, for generated holders. The key and
     * the random data come from one of {@value #CARD_SEEDS} seeds, so only that many keys are ever derived; the
     * holder varies freely.
     *
     * @return the generator; each value is a new card, not powered
     */
    public static Arbitrary<IssuedCard> cards() {
        return Combinators.combine(
                        holders(),
                        Arbitraries.of(SimulatedProfile.class),
                        Arbitraries.integers().between(0, CARD_SEEDS - 1))
                .as(TscnsArbitraries::issue);
    }

    private static IssuedCard issue(CardHolder holder, SimulatedProfile profile, int seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed);
            return CardFactory.builder()
                    .random(random)
                    .keys(KeyPairSource.seeded(seed))
                    .build()
                    .issue(holder, profile);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK offers SHA1PRNG", e);
        }
    }

    /**
     * Generates well-formed command APDUs of all seven ISO/IEC 7816-4 cases, short and extended, encoded.
     *
     * @return the generator
     */
    public static Arbitrary<byte[]> commandApdus() {
        Arbitrary<Integer> bytes = Arbitraries.integers().between(0, 255);
        Arbitrary<byte[]> data = Arbitraries.oneOf(
                Arbitraries.just(new byte[0]),
                Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(255),
                Arbitraries.bytes().array(byte[].class).ofMinSize(256).ofMaxSize(1024));
        Arbitrary<Integer> ne = Arbitraries.oneOf(
                Arbitraries.just(0),
                Arbitraries.integers().between(1, 256),
                Arbitraries.integers().between(257, CommandBytes.MAX_EXTENDED_NE));
        return Combinators.combine(bytes, bytes, bytes, bytes, data, ne).as(CommandBytes::of);
    }

    /**
     * Generates commands of the CNS command set with plausible parameters and data: SELECT by FID and path, READ
     * BINARY, VERIFY, CHANGE REFERENCE DATA, RESET RETRY COUNTER, MSE, PSO, INTERNAL AUTHENTICATE, GET CHALLENGE and
     * GET RESPONSE, encoded. For exploring a card's (or a middleware's) state space rather than its parser.
     *
     * @return the generator
     */
    public static Arbitrary<byte[]> cnsCommands() {
        Arbitrary<byte[]> fids = Arbitraries.of(List.of(
                new byte[] {0x3F, 0x00},
                new byte[] {0x10, 0x00},
                new byte[] {0x11, 0x00},
                new byte[] {0x11, 0x02},
                new byte[] {0x10, 0x00, 0x10, 0x03},
                new byte[] {0x11, 0x00, 0x11, 0x01},
                new byte[] {0x2F, 0x00},
                new byte[] {0x3F, 0x01}));
        Arbitrary<byte[]> secrets =
                Arbitraries.strings().numeric().ofMinLength(5).ofMaxLength(8).map(TscnsArbitraries::padded);
        Arbitrary<Integer> pinReferences = Arbitraries.of(0x10, 0x90, 0x11, 0x91);
        return Arbitraries.oneOf(
                Combinators.combine(Arbitraries.of(0x00, 0x08, 0x09, 0x02), Arbitraries.of(0x00, 0x0C), fids)
                        .as((p1, p2, path) -> CommandBytes.of(0, 0xA4, p1, p2, path, p2 == 0 ? 256 : 0)),
                Combinators.combine(
                                Arbitraries.integers().between(0, 0x7FFF),
                                Arbitraries.integers().between(1, 256))
                        .as((offset, le) -> CommandBytes.of(0, 0xB0, offset >>> 8, offset & 0xFF, le)),
                Combinators.combine(pinReferences, secrets).as((ref, pin) -> CommandBytes.of(0, 0x20, 0, ref, pin)),
                pinReferences.map(ref -> CommandBytes.of(0, 0x20, 0, ref)),
                Combinators.combine(secrets, secrets).as((a, b) -> CommandBytes.of(0, 0x24, 0, 0x10, concat(a, b))),
                Combinators.combine(Arbitraries.of(0, 1), secrets, secrets)
                        .as((p1, puk, pin) -> CommandBytes.of(0, 0x2C, p1, 0x10, p1 == 0 ? concat(puk, pin) : puk)),
                Arbitraries.of(
                        CommandBytes.of(0, 0x22, 0xF3, 0x03, 256),
                        CommandBytes.of(0, 0x22, 0xF1, 0xB6, new byte[] {(byte) 0x83, 1, 1}),
                        CommandBytes.of(0, 0x22, 0xF1, 0xB8, new byte[] {(byte) 0x83, 1, 1}),
                        CommandBytes.of(0, 0x22, 0xF1, 0xA4, new byte[] {(byte) 0x83, 1, 1})),
                Arbitraries.bytes()
                        .array(byte[].class)
                        .ofMinSize(1)
                        .ofMaxSize(64)
                        .map(digest -> CommandBytes.of(0, 0x2A, 0x9E, 0x9A, digest, 256)),
                Arbitraries.bytes()
                        .array(byte[].class)
                        .ofMinSize(1)
                        .ofMaxSize(64)
                        .map(challenge -> CommandBytes.of(0, 0x88, 0, 0, challenge, 256)),
                Arbitraries.integers().between(1, 256).map(le -> CommandBytes.of(0, 0x84, 0, 0, le)),
                Arbitraries.integers().between(1, 256).map(le -> CommandBytes.of(0, 0xC0, 0, 0, le)));
    }

    /**
     * Generates card faults: removal or a status word at APDU 1 to 20, a status word on the next or every VERIFY,
     * READ BINARY or PSO, or a latency of up to 50 ms on every APDU.
     *
     * @return the generator
     */
    public static Arbitrary<Fault> faults() {
        Arbitrary<Integer> statusWords =
                Arbitraries.of(0x6F00, 0x6A82, 0x6982, 0x6983, 0x6700, 0x6581, 0x6C10, 0x6100, 0x9000);
        Arbitrary<Long> numbers = Arbitraries.longs().between(1, 20);
        Arbitrary<Integer> instructions = Arbitraries.of(0x20, 0xB0, 0x2A, 0xA4);
        return Arbitraries.oneOf(
                numbers.map(Fault::removeCardAt),
                Combinators.combine(numbers, statusWords).as(Fault::answerAt),
                Combinators.combine(instructions, statusWords).as(Fault::answerNext),
                Combinators.combine(instructions, statusWords).as(Fault::answerEvery),
                Arbitraries.integers().between(0, 50).map(ms -> Fault.latency(Duration.ofMillis(ms))));
    }

    private static byte[] padded(String digits) {
        byte[] field = new byte[8];
        java.util.Arrays.fill(field, (byte) 0xFF);
        for (int i = 0; i < digits.length(); i++) {
            field[i] = (byte) digits.charAt(i);
        }
        return field;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
