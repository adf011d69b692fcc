package io.tscns.auth.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Trusted-proxy ranges: CIDR parsing, membership, and only typed errors on any text. */
class AddressRangeProperties {

    @Property
    void anIpv4RangeContainsExactlyTheAddressesSharingItsPrefix(
            @ForAll("ipv4") byte[] address, @ForAll @IntRange(max = 32) int prefix) throws UnknownHostException {
        InetAddress network = masked(address, prefix);
        AddressRange range = AddressRange.parse(network.getHostAddress() + "/" + prefix);
        assertEquals(range, AddressRange.parse(range.toString()), "round trip");
        assertTrue(range.contains(InetAddress.getByAddress(address)));
        if (prefix > 0) {
            byte[] outside = address.clone();
            int bit = prefix - 1;
            outside[bit / 8] ^= (byte) (0x80 >>> (bit % 8));
            assertFalse(range.contains(InetAddress.getByAddress(outside)));
        }
    }

    @Property
    void anyTextParsesOrFailsWithATypedProblem(@ForAll("rangeLike") String text) {
        try {
            AddressRange range = AddressRange.parse(text);
            assertEquals(range, AddressRange.parse(range.toString()));
        } catch (InvalidProxyConfigurationException e) {
            assertEquals("bad-address-range", e.problem().code());
        }
    }

    @Example
    void namesAreRefusedAndNeverResolved() {
        InvalidProxyConfigurationException e =
                assertThrows(InvalidProxyConfigurationException.class, () -> AddressRange.parse("localhost"));
        assertTrue(e.getMessage().contains("host names are not accepted"), e.getMessage());
    }

    @Example
    void hostBitsAfterThePrefixAreRefused() {
        assertThrows(InvalidProxyConfigurationException.class, () -> AddressRange.parse("10.1.2.3/8"));
        assertThrows(InvalidProxyConfigurationException.class, () -> AddressRange.parse("10.0.0.0/33"));
        assertThrows(InvalidProxyConfigurationException.class, () -> AddressRange.parse("010.0.0.0/8"));
    }

    @Example
    void ipv6RangesAndIpv4MappedPeers() throws UnknownHostException {
        AddressRange ula = AddressRange.parse("fd00::/8");
        assertTrue(ula.contains(InetAddress.getByName("fd12:3456::1")));
        assertFalse(ula.contains(InetAddress.getByName("fe80::1")));
        assertFalse(ula.contains(InetAddress.getByName("10.0.0.1")));
        AddressRange ten = AddressRange.parse("10.0.0.0/8");
        assertTrue(ten.contains(InetAddress.getByName("::ffff:10.9.8.7")));
        assertTrue(AddressRange.parse("::1").contains(InetAddress.getByName("::1")));
    }

    @Provide
    Arbitrary<byte[]> ipv4() {
        return Arbitraries.bytes().array(byte[].class).ofSize(4);
    }

    @Provide
    Arbitrary<String> rangeLike() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789abcdef.:/%[] x-").ofMaxLength(45),
                Arbitraries.strings().ofMaxLength(30));
    }

    private static InetAddress masked(byte[] address, int prefix) throws UnknownHostException {
        byte[] network = address.clone();
        for (int bit = prefix; bit < 32; bit++) {
            network[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        return InetAddress.getByAddress(network);
    }
}
