package io.tscns.card.profile;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import java.io.ByteArrayOutputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AtrProperties {

    @Property
    void arbitraryBytesParseOrFailWithTheTypedException(@ForAll @Size(max = 40) byte[] bytes) {
        try {
            Atr atr = Atr.parse(bytes);
            assertArrayEquals(bytes, atr.bytes());
            for (AtrRule rule : AtrRule.values()) {
                assertNotNull(CardProfiles.standard().recognise(atr, rule));
            }
        } catch (MalformedAtrException expected) {
            // the only failure allowed
        }
    }

    @Property
    void arbitraryBytesAfterAPlausiblePrefixOnlyFailTyped(@ForAll("plausiblePrefix") byte[] prefix,
                                                          @ForAll @Size(max = 30) byte[] rest) {
        byte[] bytes = new byte[prefix.length + rest.length];
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        System.arraycopy(rest, 0, bytes, prefix.length, rest.length);
        arbitraryBytesParseOrFailWithTheTypedException(bytes);
    }

    @Provide
    Arbitrary<byte[]> plausiblePrefix() {
        return Arbitraries.of(List.of(new byte[] {0x3B, (byte) 0xFF}, new byte[] {0x3B, (byte) 0xDF},
                new byte[] {0x3F, (byte) 0x8F}, new byte[] {0x3B, (byte) 0x88, (byte) 0x80, 0x01}));
    }

    /** Builds a well-formed ATR from arbitrary interface-byte groups and historical bytes, with the right TCK. */
    @Property
    void wellFormedAtrsParseToTheirStructure(@ForAll("groups") List<byte[]> groups,
                                             @ForAll @Size(max = 15) byte[] historical) {
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
        byte[] atrBytes = withoutTck;
        if (otherThanT0) {
            int tck = 0;
            for (int i = 1; i < withoutTck.length; i++) {
                tck ^= withoutTck[i];
            }
            atrBytes = java.util.Arrays.copyOf(withoutTck, withoutTck.length + 1);
            atrBytes[withoutTck.length] = (byte) tck;
        }
        if (atrBytes.length > Atr.MAX_LENGTH) {
            return;
        }
        Atr atr = Atr.parse(atrBytes);
        assertArrayEquals(historical, atr.historicalBytes());
        assertTrue(atr.tckValid());
        assertEquals(otherThanT0, atr.tck().isPresent());
    }

    /**
     * Interface-byte groups: byte 0 is the presence nibble (TA, TB, TC, TD), bytes 1-3 the values, byte 4 the
     * protocol. Every group but the last must announce TD to reach the next one.
     */
    @Provide
    Arbitrary<List<byte[]>> groups() {
        Arbitrary<byte[]> group = Arbitraries.bytes().array(byte[].class).ofSize(5).map(g -> {
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
