package io.tscns.cms.protocol;

import static io.tscns.cms.protocol.WireText.required;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * The outcome of card identification (manual §10.1 steps 4–5), told apart by the {@code outcome} member:
 * {@code MATCH} with the card and the holder's data for the operator's second check, or {@code MISMATCH}, a typed
 * outcome (not an error) that sends the holder to the Scelta e Revoca office.
 *
 * @since 0.1.0
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "outcome")
@JsonSubTypes({
    @JsonSubTypes.Type(value = IdentifyResult.Match.class, name = "MATCH"),
    @JsonSubTypes.Type(value = IdentifyResult.Mismatch.class, name = "MISMATCH")
})
public sealed interface IdentifyResult {

    /**
     * The data match a card.
     *
     * @param card              the card
     * @param holder            the holder's data, to compare with the identity document
     * @param identificationRef the reference of this identification, which the activation, reprint and consents
     *                          requests of this card by the same operator carry ({@code docs/cms.md §9.5})
     */
    record Match(CardStatus card, PersonData holder, IdentificationRef identificationRef) implements IdentifyResult {
        /** Checks the components. */
        public Match {
            required("card", card);
            required("holder", holder);
            required("identificationRef", identificationRef);
        }
    }

    /**
     * The data identify a card but disagree with it.
     *
     * @param advice           where to send the holder
     * @param mismatchedFields which data disagree, at least one
     */
    record Mismatch(MismatchAdvice advice, List<IdentityField> mismatchedFields) implements IdentifyResult {
        /** Checks the components. */
        public Mismatch {
            required("advice", advice);
            mismatchedFields = WireText.list("mismatchedFields", mismatchedFields, 3);
            if (mismatchedFields.isEmpty()) {
                throw new CmsProtocolException(new ProtocolProblem.InvalidValue("mismatchedFields"));
            }
        }
    }
}
