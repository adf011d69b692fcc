package io.tscns.card.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.card.error.UnexpectedResponseException;
import io.tscns.card.fs.CnsFileSystem;
import io.tscns.card.transport.ScriptedTransport;
import io.tscns.core.TscnsException;
import io.tscns.core.card.CardId;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Properties of the generation data: card-id encodings, AIDs and recognition by application. */
class CardGenerationProperties {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    @Property
    void packedBcdRoundTripsEveryCardId(@ForAll("digits") String digits, @ForAll @Size(2) List<Byte> tail) {
        byte[] file = HEX.parseHex(digits + String.format("%02X%02X", tail.get(0), tail.get(1)));
        assertEquals(CardId.parse(digits), CardIdEncoding.PACKED_BCD.decode(file));
    }

    @Property
    void anyBytesAreACardIdOrATypedError(@ForAll @Size(max = 20) byte[] file, @ForAll CardIdEncoding encoding) {
        try {
            CardId id = encoding.decode(file);
            assertEquals(16, id.value().length());
        } catch (TscnsException expected) {
            // typed: a card that breaks the format is refused as such
            assertTrue(expected.getMessage() != null);
        }
    }

    @Property
    void aNibbleAboveNineIsRefused(
            @ForAll("digits") String digits,
            @ForAll @IntRange(max = 15) int position,
            @ForAll @IntRange(min = 10, max = 15) int nibble) {
        char[] chars = digits.toCharArray();
        chars[position] = Character.forDigit(nibble, 16);
        byte[] file = HEX.parseHex(new String(chars));
        try {
            CardIdEncoding.PACKED_BCD.decode(file);
            throw new AssertionError("a non-BCD nibble was accepted");
        } catch (UnexpectedResponseException expected) {
            assertTrue(expected.getMessage().contains("byte " + position / 2), expected.getMessage());
        }
    }

    @Property
    void aidsRoundTripThroughTheirText(@ForAll @Size(min = 5, max = 16) byte[] bytes) {
        ApplicationId aid = new ApplicationId(bytes);
        assertEquals(aid, ApplicationId.parse(aid.toString()));
        bytes[0] ^= 1;
        assertTrue(!aid.equals(new ApplicationId(bytes)), "the AID keeps its own copy");
    }

    /**
     * Whatever each application answers, the probe picks the first generation whose SELECT succeeds and whose model
     * (if it checks one) matches, and sends nothing after it.
     */
    @Property
    void theProbePicksTheFirstAnsweringApplication(
            @ForAll("statuses") int aceStatus, @ForAll("statuses") int stStatus, @ForAll boolean modelMatches) {
        ScriptedTransport.Builder script = ScriptedTransport.builder();
        script.expect(GenerationScripts.ACE_SELECT, String.format("%04X", aceStatus));
        Optional<CardGeneration> expected;
        if (aceStatus == 0x9000) {
            expected = Optional.of(CardGenerations.ACE_2025);
        } else {
            script.expect(GenerationScripts.ST_SELECT, String.format("%04X", stStatus));
            if (stStatus == 0x9000) {
                script.expect(
                        GenerationScripts.ST_MODEL,
                        (modelMatches ? GenerationScripts.JSIGN4 : "4A5369676E35") + "9000");
            }
            expected = stStatus == 0x9000 && modelMatches ? Optional.of(CardGenerations.ST2022_NFC) : Optional.empty();
        }
        ScriptedTransport card = script.build();
        assertEquals(expected, ApplicationProbe.find(new CnsFileSystem(card, false), CardGenerations.standard()));
        card.assertComplete();
    }

    @Provide
    Arbitrary<String> digits() {
        return Arbitraries.strings().numeric().ofLength(16);
    }

    @Provide
    Arbitrary<Integer> statuses() {
        return Arbitraries.of(0x9000, 0x6A82, 0x6A86, 0x6D00, 0x6E00, 0x6985, 0x6999);
    }
}
