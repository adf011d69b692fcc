package io.tscns.cms.sandbox.internal.domain;

import io.tscns.cms.protocol.ApplicantData;
import io.tscns.cms.protocol.CounterRecord;
import io.tscns.core.activation.ActivationMode;
import io.tscns.core.activation.IdentityDocument;
import io.tscns.core.activation.IdentityDocumentType;
import io.tscns.core.activation.PresentedDocument;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/** What a counter records for the sandbox's internal tests. */
public final class CounterRecords {

    private CounterRecords() {}

    /**
     * The holder identified in person with an identity card, nothing declared, no consents.
     *
     * @param counterReference the counter's own reference, if it gave one
     * @return the record
     */
    public static CounterRecord identifiedInPerson(Optional<String> counterReference) {
        return new CounterRecord(
                new ApplicantData(
                        ActivationMode.DIRECT,
                        Optional.empty(),
                        Optional.empty(),
                        PresentedDocument.withoutDeclaration(new IdentityDocument(
                                IdentityDocumentType.IDENTITY_CARD,
                                "CA1234567",
                                "Comune di Firenze",
                                LocalDate.of(2020, 1, 10),
                                Optional.of(LocalDate.of(2031, 1, 10))))),
                Set.of(),
                counterReference,
                Optional.empty());
    }
}
