package io.tscns.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.tscns.card.error.CardAccessException;
import io.tscns.card.key.HashAlgorithm;
import io.tscns.card.pin.PinStatus;
import io.tscns.card.pin.VerificationResult;
import io.tscns.card.transport.CardTransport;
import io.tscns.core.secret.Pin;
import io.tscns.test.jqwik.GeneratorCoverage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

class CnsCardProperties {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    /**
     * Whatever a card answers (random bytes, status words, FCIs with any size, pieces of real files), every facade
     * operation returns a value or throws a {@link CardAccessException}; nothing untyped escapes. A value is a sound
     * one: an identity's team number is derived from its card id, a challenge has the length asked for, a PIN
     * status reports at most 15 tries; and no signature is ever returned, since none made of these answers can
     * verify with the certificate.
     */
    @Property(tries = 1000)
    void arbitraryCardAnswersYieldSoundResultsOrTypedErrors(
            @ForAll("answers") List<byte[]> answers, @ForAll("operations") int operation, @ForAll boolean extended) {
        Iterator<byte[]> script = answers.iterator();
        CardTransport card = command -> script.hasNext() ? script.next() : HEX.parseHex("6F00");
        CnsCard cnsCard =
                CnsCard.open(card, HEX.parseHex(extended ? ReferenceCard.ATR_EXTENDED : ReferenceCard.ATR_SHORT));
        String outcome;
        try (Pin pin = Pin.parse("12345")) {
            switch (operation) {
                case 0 -> {
                    CardIdentity identity = cnsCard.readIdentity();
                    assertTrue(identity.teamNumber().isDerivedFrom(identity.cardId()));
                }
                case 1 -> {
                    if (cnsCard.verifyPin(pin) instanceof VerificationResult.Rejected rejected) {
                        rejected.triesLeft().ifPresent(tries -> assertTrue(tries >= 0 && tries <= 15));
                    }
                }
                case 2 -> {
                    if (cnsCard.pinStatus() instanceof PinStatus.NotVerified notVerified) {
                        notVerified.triesLeft().ifPresent(tries -> assertTrue(tries >= 0 && tries <= 15));
                    }
                }
                case 3 -> fail("a signature that verifies: " + HEX.formatHex(cnsCard.authenticate(new byte[] {1, 2})));
                case 4 -> assertEquals(40, cnsCard.getChallenge(40).length);
                case 5 ->
                    fail("a signature that verifies: "
                            + HEX.formatHex(cnsCard.sign(HashAlgorithm.SHA_512, new byte[64])));
                default -> assertNotNull(cnsCard.readFileIfPresent(io.tscns.card.fs.CnsFile.INSTALLED_SERVICES));
            }
            outcome = "a value";
        } catch (CardAccessException expected) {
            outcome = "a typed error"; // the only failure allowed
        }
        Statistics.label("outcome").collect(outcome);
        Statistics.label("outcome").coverage(checker -> {
            checker.check("a value").count(GeneratorCoverage.atLeastPercent(10));
            checker.check("a typed error").count(GeneratorCoverage.atLeastPercent(10));
        });
    }

    @Provide
    Arbitrary<Integer> operations() {
        return Arbitraries.integers().between(0, 6);
    }

    @Provide
    Arbitrary<List<byte[]>> answers() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(40);
        Arbitrary<byte[]> fci = Arbitraries.integers()
                .between(0, 0x9000)
                .map(n -> HEX.parseHex(String.format("6F04 8002%04X 9000", n).replace(" ", "")));
        Arbitrary<byte[]> statusWords = Arbitraries.of(
                        "9000", "6282", "6B00", "6110", "6C10", "6700", "6A82", "63C1", "6983", "6982", "6A86")
                .map(HEX::parseHex);
        Arbitrary<byte[]> pieces = Arbitraries.integers().between(0, 2).flatMap(file -> {
            byte[] content = switch (file) {
                case 0 -> ReferenceCard.CARD_ID_FILE;
                case 1 -> ReferenceCard.PERSONAL_DATA;
                default -> ReferenceCard.CERTIFICATE;
            };
            return Arbitraries.integers()
                    .between(0, content.length)
                    .flatMap(from -> Arbitraries.integers()
                            .between(from, Math.min(content.length, from + 300))
                            .map(to -> {
                                byte[] piece = Arrays.copyOfRange(content, from, to + 2);
                                piece[piece.length - 2] = (byte) 0x90;
                                piece[piece.length - 1] = 0x00;
                                return piece;
                            }));
        });
        Arbitrary<List<byte[]>> arbitrary = Arbitraries.frequencyOf(
                        Tuple.of(1, random), Tuple.of(2, fci), Tuple.of(2, statusWords), Tuple.of(3, pieces))
                .list()
                .ofMaxSize(16);
        // A card recognised from its ATR has its card id read before its first PIN, signing or challenge command
        // (docs/card.md §10.3): half the scripts begin with a readable EF.ID_Carta, so those operations are reached.
        return Arbitraries.oneOf(arbitrary, arbitrary.map(CnsCardProperties::afterTheCardId));
    }

    private static List<byte[]> afterTheCardId(List<byte[]> answers) {
        byte[] file = ReferenceCard.CARD_ID_FILE;
        byte[] read = Arrays.copyOf(file, file.length + 2);
        read[file.length] = (byte) 0x90;
        List<byte[]> script = new ArrayList<>();
        script.add(HEX.parseHex(String.format("6F048002%04X9000", file.length)));
        script.add(read);
        script.addAll(answers);
        return script;
    }
}
