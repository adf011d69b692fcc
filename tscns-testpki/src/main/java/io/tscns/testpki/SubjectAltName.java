package io.tscns.testpki;

import java.net.InetAddress;
import java.net.URI;
import java.util.Objects;

/**
 * One name of a subjectAltName extension (<i>nome alternativo del soggetto</i>, RFC 5280 §4.2.1.6). The sandbox
 * HTTPS servers are named by {@link DnsName} and {@link IpAddress}.
 *
 * @since 0.1.0
 */
public sealed interface SubjectAltName {

    /**
     * A dNSName.
     *
     * @param name the host name, e.g. {@code localhost}
     */
    record DnsName(String name) implements SubjectAltName {
        /**
         * Checks that the name is not blank.
         *
         * @throws TestPkiException with {@link TestPkiException.Reason#INVALID_SPEC} if it is
         */
        public DnsName {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw TestPkiException.invalid("a dNSName must not be blank");
            }
        }
    }

    /**
     * An iPAddress (IPv4 or IPv6).
     *
     * @param address the address
     */
    record IpAddress(InetAddress address) implements SubjectAltName {
        /** Checks that the address is present. */
        public IpAddress {
            Objects.requireNonNull(address, "address");
        }
    }

    /**
     * An rfc822Name (e-mail address).
     *
     * @param mailbox the address
     */
    record EmailAddress(String mailbox) implements SubjectAltName {
        /** Checks that the address is present. */
        public EmailAddress {
            Objects.requireNonNull(mailbox, "mailbox");
        }
    }

    /**
     * A uniformResourceIdentifier.
     *
     * @param uri the URI
     */
    record Uri(URI uri) implements SubjectAltName {
        /** Checks that the URI is present. */
        public Uri {
            Objects.requireNonNull(uri, "uri");
        }
    }
}
