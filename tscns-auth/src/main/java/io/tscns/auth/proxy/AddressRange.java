package io.tscns.auth.proxy;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * A range of IP addresses a reverse proxy's requests come from (<i>intervallo di indirizzi</i>), in CIDR notation:
 * {@code 10.0.0.0/8}, {@code 192.0.2.7} (one address), {@code fd00::/8}. An IPv4 range also matches the same
 * addresses written as IPv4-mapped IPv6 ({@code ::ffff:10.1.2.3}), which a dual-stack server socket reports.
 *
 * <p>Immutable and thread-safe.
 *
 * @param network      the first address of the range (its host bits are zero)
 * @param prefixLength how many leading bits every address of the range shares with it
 * @since 0.1.0
 */
public record AddressRange(InetAddress network, int prefixLength) {

    /**
     * Checks the range.
     *
     * @throws InvalidProxyConfigurationException with {@link ProxyProblem.BadAddressRange} if the prefix length does
     *                                            not fit the address family or the network has host bits set
     */
    public AddressRange {
        Objects.requireNonNull(network, "network");
        int bits = network.getAddress().length * 8;
        String text = network.getHostAddress() + "/" + prefixLength;
        if (prefixLength < 0 || prefixLength > bits) {
            throw bad(text, "the prefix length must be 0 to " + bits);
        }
        byte[] address = network.getAddress();
        for (int bit = prefixLength; bit < bits; bit++) {
            if ((address[bit / 8] & (0x80 >>> (bit % 8))) != 0) {
                throw bad(
                        text,
                        "the address has bits set after the first " + prefixLength
                                + "; write the network's first address");
            }
        }
    }

    /**
     * Parses an IP literal with an optional {@code /prefix}; no name is resolved.
     *
     * @param text e.g. {@code 10.0.0.0/8}, {@code 127.0.0.1}, {@code ::1}, {@code fd00::/8}
     * @return the range; a single address without a prefix
     * @throws InvalidProxyConfigurationException with {@link ProxyProblem.BadAddressRange} if the text is not such a
     *                                            literal
     */
    public static AddressRange parse(String text) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.strip();
        int slash = trimmed.indexOf('/');
        String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
        InetAddress network = literal(address, text);
        int bits = network.getAddress().length * 8;
        int prefix = bits;
        if (slash >= 0) {
            String digits = trimmed.substring(slash + 1);
            if (!digits.matches("[0-9]{1,3}")) {
                throw bad(text, "the prefix length is not a number");
            }
            prefix = Integer.parseInt(digits);
        }
        if (prefix > bits) {
            throw bad(text, "the prefix length must be 0 to " + bits);
        }
        return new AddressRange(network, prefix);
    }

    /**
     * Returns the range of exactly one address.
     *
     * @param address the address
     * @return the range
     */
    public static AddressRange of(InetAddress address) {
        return new AddressRange(address, address.getAddress().length * 8);
    }

    /**
     * Tells whether an address is in the range.
     *
     * @param address the address, e.g. a request's TCP peer
     * @return {@code true} if its first {@link #prefixLength()} bits are the network's
     */
    public boolean contains(InetAddress address) {
        byte[] candidate = comparable(address);
        byte[] base = network.getAddress();
        if (candidate.length != base.length) {
            return false;
        }
        for (int bit = 0; bit < prefixLength; bit++) {
            int mask = 0x80 >>> (bit % 8);
            if ((candidate[bit / 8] & mask) != (base[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    /** An IPv4-mapped IPv6 address compares as IPv4 against an IPv4 range. */
    private byte[] comparable(InetAddress address) {
        byte[] bytes = Objects.requireNonNull(address, "address").getAddress();
        if (network instanceof Inet4Address && address instanceof Inet6Address && bytes.length == 16) {
            for (int i = 0; i < 10; i++) {
                if (bytes[i] != 0) {
                    return bytes;
                }
            }
            if (bytes[10] == (byte) 0xFF && bytes[11] == (byte) 0xFF) {
                return new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]};
            }
        }
        return bytes;
    }

    private static InetAddress literal(String address, String text) {
        if (address.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}")) {
            String[] parts = address.split("\\.");
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int value = Integer.parseInt(parts[i]);
                if (value > 255 || parts[i].length() > 1 && parts[i].startsWith("0")) {
                    throw bad(text, "an IPv4 part is above 255 or has a leading zero");
                }
                bytes[i] = (byte) value;
            }
            return byAddress(bytes, text);
        }
        if (address.indexOf(':') >= 0 && address.matches("[0-9A-Fa-f:.]{2,45}")) {
            try {
                // Brackets make the JDK treat the text as an IPv6 literal only: it never asks DNS.
                InetAddress parsed = InetAddress.getByName("[" + address + "]");
                return parsed instanceof Inet4Address ? parsed : byAddress(parsed.getAddress(), text);
            } catch (UnknownHostException e) {
                throw bad(text, "not an IPv6 literal");
            }
        }
        throw bad(text, "not an IPv4 or IPv6 literal (host names are not accepted)");
    }

    private static InetAddress byAddress(byte[] bytes, String text) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw bad(text, "not an address");
        }
    }

    private static InvalidProxyConfigurationException bad(String text, String detail) {
        return new InvalidProxyConfigurationException(new ProxyProblem.BadAddressRange(text, detail));
    }

    @Override
    public String toString() {
        return network.getHostAddress() + "/" + prefixLength;
    }
}
