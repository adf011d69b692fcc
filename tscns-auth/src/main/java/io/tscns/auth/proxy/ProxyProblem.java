package io.tscns.auth.proxy;

import io.tscns.core.Problem;

/**
 * Why a reverse-proxy setting was refused (<i>configurazione del proxy</i>). People read {@link #describe()}; code
 * branches on the record type.
 *
 * @since 0.1.0
 */
public sealed interface ProxyProblem extends Problem {

    /**
     * A trusted-proxy address range is not an IP literal with an optional prefix length, e.g. {@code 10.0.0.0/8},
     * {@code 127.0.0.1} or {@code fd00::/8}. Host names are refused: resolving them would make trust depend on DNS.
     *
     * @param range  the text given
     * @param detail what is wrong with it
     */
    record BadAddressRange(String range, String detail) implements ProxyProblem {
        @Override
        public String describe() {
            return "trusted proxy range \"" + range + "\" is not valid: " + detail;
        }
    }
}
