package io.tscns.cms.console.internal;

import io.tscns.cms.protocol.PersonData;
import io.tscns.cms.protocol.Receipt;
import io.tscns.cms.protocol.ReprintRequest;
import java.util.Objects;

/**
 * What the console's script sends to print a reprint's receipt: the API's receipt, the holder as the identification
 * answered, and the reprint request it sent.
 *
 * @param receipt the API's receipt, with the counter halves of PIN and PUK
 * @param holder  the holder, from the identification's {@code MATCH}
 * @param request the reprint request sent
 */
public record ReprintPapers(Receipt receipt, PersonData holder, ReprintRequest request) {
    /** Checks the components. */
    public ReprintPapers {
        Objects.requireNonNull(receipt, "receipt");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(request, "request");
    }

    @Override
    public String toString() {
        return "ReprintPapers[card " + receipt.cardId().value() + ", halves redacted]";
    }
}
