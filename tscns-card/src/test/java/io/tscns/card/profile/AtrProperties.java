package io.tscns.card.profile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.test.jqwik.GeneratorCoverage;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

class AtrProperties {

    @Property
    void arbitraryBytesParseOrFailWithTheTypedException(@ForAll @Size(max = 40) byte[] bytes) {
        try {
            Atr atr = Atr.parse(bytes);
            assertArrayEquals(bytes, atr.bytes());
            assertArrayEquals(bytes, rebuild(atr));
            for (AtrRule rule : AtrRule.values()) {
                assertNotNull(CardProfiles.standard().recognise(atr, rule));
            }
        } catch (MalformedAtrException expected) {
            // the only failure allowed
        }
    }

    @Property
    void arbitraryBytesAfterAPlausiblePrefixOnlyFailTyped(
            @ForAll("plausiblePrefix") byte[] prefix, @ForAll @Size(max = 30) byte[] rest) {
        byte[] bytes = new byte[prefix.length + rest.length];
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        System.arraycopy(rest, 0, bytes, prefix.length, rest.length);
        arbitraryBytesParseOrFailWithTheTypedException(bytes);
    }

    @Provide
    Arbitrary<byte[]> plausiblePrefix() {
        return Arbitraries.of(List.of(
                new byte[] {0x3B, (byte) 0xFF},
                new byte[] {0x3B, (byte) 0xDF},
                new byte[] {0x3F, (byte) 0x8F},
                new byte[] {0x3B, (byte) 0x88, (byte) 0x80, 0x01}));
    }

    /** Builds a well-formed ATR from interface-byte groups and historical bytes, with the right TCK. */
    static byte[] wellFormed(List<byte[]> groups, byte[] historical) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x3B);
        int presenceOfNext = groups.isEmpty() ? 0 : groups.get(0)[0];
        out.write((presenceOfNext << 4) | historical.length);
        boolean otherThanT0 = false;
        for (int i = 0; i < groups.size(); i++) {
            byte[] group = groups.get(i);
            int presence = group[0];
            int nextPresence = i + 1 < groups.size() ? groups.get(i + 1)[0] : 0;
            for (int bit = 0; bit < 3; bit++) {
                if ((presence & (1 << bit)) != 0) {
                    out.write(group[1 + bit]);
                }
            }
            if ((presence & 0x8) != 0) {
                int protocol = group[4] & 0x0F;
                otherThanT0 |= protocol != 0;
                out.write((nextPresence << 4) | protocol);
            }
        }
        out.writeBytes(historical);
        byte[] withoutTck = out.toByteArray();
        if (!otherThanT0) {
            return withoutTck;
        }
        int tck = 0;
        for (int i = 1; i < withoutTck.length; i++) {
            tck ^= withoutTck[i];
        }
        byte[] atr = java.util.Arrays.copyOf(withoutTck, withoutTck.length + 1);
        atr[withoutTck.length] = (byte) tck;
        return atr;
    }

    /**
     * Writes a parsed ATR back from its structure, independently of the parser: TS, T0 with the presence of the
     * first group and the historical length, each group's TA, TB, TC, TD (each TD carrying the next group's
     * presence), the historical bytes, and TCK when there is one.
     */
    static byte[] rebuild(Atr atr) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(atr.bytes()[0]);
        List<InterfaceBytes> groups = atr.interfaceBytes();
        out.write(presence(groups.get(0)) << 4 | atr.historicalLength());
        for (InterfaceBytes group : groups) {
            group.ta().ifPresent(out::write);
            group.tb().ifPresent(out::write);
            group.tc().ifPresent(out::write);
            group.td().ifPresent(out::write);
        }
        out.writeBytes(atr.historicalBytes());
        atr.tck().ifPresent(out::write);
        return out.toByteArray();
    }

    private static int presence(InterfaceBytes group) {
        return (group.ta().isPresent() ? 1 : 0)
                | (group.tb().isPresent() ? 2 : 0)
                | (group.tc().isPresent() ? 4 : 0)
                | (group.td().isPresent() ? 8 : 0);
    }

    @Property
    void wellFormedAtrsParseToTheirStructure(
            @ForAll("groups") List<byte[]> groups, @ForAll @Size(max = 15) byte[] historical) {
        byte[] atrBytes = wellFormed(groups, historical);
        if (atrBytes.length > Atr.MAX_LENGTH) {
            assertThrows(MalformedAtrException.class, () -> Atr.parse(atrBytes));
            return;
        }
        Atr atr = Atr.parse(atrBytes);
        assertArrayEquals(historical, atr.historicalBytes());
        assertTrue(atr.tckValid());
        boolean otherThanT0 = groups.stream().anyMatch(g -> (g[0] & 0x8) != 0 && (g[4] & 0x0F) != 0);
        assertEquals(otherThanT0, atr.tck().isPresent());
        // Group 1 is always reported; a later group only if it holds a byte (only the last can be empty).
        boolean emptyLast = groups.size() > 1 && groups.get(groups.size() - 1)[0] == 0;
        int reported = groups.isEmpty() ? 1 : groups.size() - (emptyLast ? 1 : 0);
        assertEquals(reported, atr.interfaceBytes().size());
        for (int i = 0; i < Math.min(reported, groups.size()); i++) {
            byte[] group = groups.get(i);
            InterfaceBytes parsed = atr.interfaceBytes().get(i);
            assertEquals((group[0] & 1) != 0 ? OptionalInt.of(group[1] & 0xFF) : OptionalInt.empty(), parsed.ta());
            assertEquals((group[0] & 2) != 0 ? OptionalInt.of(group[2] & 0xFF) : OptionalInt.empty(), parsed.tb());
            assertEquals((group[0] & 4) != 0 ? OptionalInt.of(group[3] & 0xFF) : OptionalInt.empty(), parsed.tc());
            assertEquals((group[0] & 8) != 0, parsed.td().isPresent());
        }
        assertArrayEquals(atrBytes, rebuild(atr));
    }

    @Provide
    Arbitrary<byte[]> editedAtrs() {
        Arbitrary<byte[]> valid = Combinators.combine(
                        groups(), Arbitraries.bytes().array(byte[].class).ofMaxSize(15))
                .as(AtrProperties::wellFormed)
                .filter(a -> a.length <= Atr.MAX_LENGTH);
        return Combinators.combine(
                        valid,
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(0, 99),
                        Arbitraries.bytes())
                .as((atr, kind, where, b) -> {
                    int at = where % atr.length;
                    return switch (kind) {
                        case 0 -> atr;
                        case 1 -> {
                            byte[] changed = atr.clone();
                            changed[at] = b;
                            yield changed;
                        }
                        case 2 -> {
                            byte[] shorter = new byte[atr.length - 1];
                            System.arraycopy(atr, 0, shorter, 0, at);
                            System.arraycopy(atr, at + 1, shorter, at, atr.length - at - 1);
                            yield shorter;
                        }
                        default -> {
                            byte[] longer = new byte[atr.length + 1];
                            System.arraycopy(atr, 0, longer, 0, at);
                            longer[at] = b;
                            System.arraycopy(atr, at, longer, at + 1, atr.length - at);
                            yield longer;
                        }
                    };
                });
    }

    /** An edited ATR either parses into a structure that writes back to exactly its bytes, or fails typed. */
    @Property
    void editedAtrsParseToAStructureThatWritesBackOrFailTyped(@ForAll("editedAtrs") byte[] bytes) {
        try {
            Atr atr = Atr.parse(bytes);
            assertArrayEquals(bytes, rebuild(atr));
            assertEquals(atr, Atr.parse(atr.bytes()));
            Statistics.label("outcome").collect("parsed");
        } catch (MalformedAtrException expected) {
            assertFalse(expected.getMessage().isBlank());
            Statistics.label("outcome").collect("refused");
        }
        Statistics.label("outcome").coverage(checker -> {
            checker.check("parsed").count(GeneratorCoverage.atLeastPercent(20));
            checker.check("refused").count(GeneratorCoverage.atLeastPercent(15));
        });
    }

    /**
     * Interface-byte groups: byte 0 is the presence nibble (TA, TB, TC, TD), bytes 1-3 the values, byte 4 the
     * protocol. Every group but the last must announce TD to reach the next one.
     */
    @Provide
    Arbitrary<List<byte[]>> groups() {
        Arbitrary<byte[]> group = Arbitraries.bytes()
                .array(byte[].class)
                .ofSize(5)
                .map(g -> {
                    g[0] = (byte) (g[0] & 0x0F);
                    return g;
                });
        return group.list().ofMaxSize(4).map(list -> {
            for (int i = 0; i < list.size() - 1; i++) {
                list.get(i)[0] |= 0x08;
            }
            return list;
        });
    }
}
