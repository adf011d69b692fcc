package io.tscns.card;

import io.tscns.card.error.CardAccessException;
import io.tscns.card.key.HashAlgorithm;
import io.tscns.card.transport.CardTransport;
import io.tscns.core.secret.Pin;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNotNull;

class CnsCardProperties {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    /**
     * Whatever a card answers (random bytes, status words, FCIs with any size, pieces of real files), every facade
     * operation returns a value or throws a {@link CardAccessException}; nothing untyped escapes.
     */
    @Property(tries = 1000)
    void arbitraryCardAnswersYieldResultsOrTypedErrors(@ForAll("answers") List<byte[]> answers,
                                                       @ForAll("operations") int operation,
                                                       @ForAll boolean extended) {
        Iterator<byte[]> script = answers.iterator();
        CardTransport card = command -> script.hasNext() ? script.next() : HEX.parseHex("6F00");
        CnsCard cnsCard = CnsCard.open(card, HEX.parseHex(extended ? ReferenceCard.ATR_EXTENDED
                : ReferenceCard.ATR_SHORT));
        try (Pin pin = Pin.parse("12345")) {
            Object result = switch (operation) {
                case 0 -> cnsCard.readIdentity();
                case 1 -> cnsCard.verifyPin(pin);
                case 2 -> cnsCard.pinStatus();
                case 3 -> cnsCard.authenticate(new byte[] {1, 2, 3});
                case 4 -> cnsCard.getChallenge(40);
                case 5 -> cnsCard.sign(HashAlgorithm.SHA_512, new byte[64]);
                default -> cnsCard.readFileIfPresent(io.tscns.card.fs.CnsFile.INSTALLED_SERVICES);
            };
            assertNotNull(result);
        } catch (CardAccessException expected) {
            // the only failure allowed
        }
    }

    @Provide
    Arbitrary<Integer> operations() {
        return Arbitraries.integers().between(0, 6);
    }

    @Provide
    Arbitrary<List<byte[]>> answers() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(40);
        Arbitrary<byte[]> fci = Arbitraries.integers().between(0, 0x9000)
                .map(n -> HEX.parseHex(String.format("6F04 8002%04X 9000", n).replace(" ", "")));
        Arbitrary<byte[]> statusWords = Arbitraries.of("9000", "6282", "6B00", "6110", "6C10", "6700", "6A82",
                "63C1", "6983", "6982", "6A86").map(HEX::parseHex);
        Arbitrary<byte[]> pieces = Arbitraries.integers().between(0, 2).flatMap(file -> {
            byte[] content = switch (file) {
                case 0 -> ReferenceCard.CARD_ID_FILE;
                case 1 -> ReferenceCard.PERSONAL_DATA;
                default -> ReferenceCard.CERTIFICATE;
            };
            return Arbitraries.integers().between(0, content.length).flatMap(from ->
                    Arbitraries.integers().between(from, Math.min(content.length, from + 300)).map(to -> {
                        byte[] piece = Arrays.copyOfRange(content, from, to + 2);
                        piece[piece.length - 2] = (byte) 0x90;
                        piece[piece.length - 1] = 0x00;
                        return piece;
                    }));
        });
        return Arbitraries.frequencyOf(Tuple.of(1, random), Tuple.of(2, fci), Tuple.of(2, statusWords),
                Tuple.of(3, pieces)).list().ofMaxSize(16);
    }
}
