package io.tscns.cms.console.internal;

import io.tscns.cms.protocol.ActivateCardRequest;
import io.tscns.cms.protocol.PersonData;
import io.tscns.cms.protocol.Receipt;
import java.util.Objects;

/**
 * What the console's script sends to print an activation's papers: the API's receipt, the holder as the
 * identification answered, and the activation request it sent. Read by the protocol's JSON codec, with its limits.
 *
 * @param receipt the API's receipt, with the counter halves
 * @param holder  the holder, from the identification's {@code MATCH}
 * @param request the activation request sent
 */
public record ActivationPapers(Receipt receipt, PersonData holder, ActivateCardRequest request) {
    /** Checks the components. */
    public ActivationPapers {
        Objects.requireNonNull(receipt, "receipt");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(request, "request");
    }

    @Override
    public String toString() {
        return "ActivationPapers[card " + receipt.cardId().value() + ", halves redacted]";
    }
}
