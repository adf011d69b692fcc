package io.tscns.cms.protocol;

import static io.tscns.cms.protocol.WireText.required;

import io.tscns.core.consent.ConsentKind;
import io.tscns.core.consent.ConsentStatus;

/**
 * One FSE consent the holder gives or withdraws (<i>rilascio consensi</i>, manual §10.4); the server stamps the time
 * and the regime in force.
 *
 * @param kind   which consent
 * @param status given or withdrawn
 * @since 0.1.0
 */
public record ConsentChoice(ConsentKind kind, ConsentStatus status) {

    /** Checks the components. */
    public ConsentChoice {
        required("kind", kind);
        required("status", status);
    }
}
