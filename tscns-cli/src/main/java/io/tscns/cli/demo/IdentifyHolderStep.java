package io.tscns.cli.demo;

import io.tscns.cms.protocol.IdentifyRequest;
import io.tscns.cms.protocol.IdentifyResult;
import io.tscns.cms.protocol.PersonData;
import io.tscns.simcard.IssuedCard;

/**
 * Step 5: the pharmacist identifies the card from its face, codice fiscale, TEAM number and expiry date, and the
 * CMS answers with the holder's data for the second identity check against the holder's document (Tuscany manual
 * §10.1 steps 4–5).
 */
final class IdentifyHolderStep implements DemoStep {

    @Override
    public String name() {
        return "identify";
    }

    @Override
    public String title() {
        return "the pharmacist identifies the holder";
    }

    @Override
    public StepDetails run(DemoContext context) {
        IssuedCard card = context.citizen();
        IdentifyResult result = context.client(DemoContext.PHARMACIST)
                .identifyCard(new IdentifyRequest(
                        card.codiceFiscale(),
                        card.teamNumber(),
                        card.personalData().data().parsedExpiryDate().orElseThrow()));
        if (!(result instanceof IdentifyResult.Match match)) {
            throw new DemoCheckException("expected MATCH, the CMS answered " + result);
        }
        PersonData holder = match.holder();
        context.identification(match.identificationRef());
        DemoCheckException.check(
                holder.codiceFiscale().equals(card.codiceFiscale())
                        && holder.surname().equals(card.holder().surname()),
                "the CMS's holder is not the card's: " + holder.codiceFiscale().value());
        return StepDetails.summary("MATCH: " + holder.name() + " " + holder.surname() + ", born " + holder.birthDate()
                        + ", card " + match.card().state().id())
                .put("outcome", "MATCH")
                .put("surname", holder.surname())
                .put("name", holder.name())
                .put("birthDate", holder.birthDate().toString())
                .put("codiceFiscale", holder.codiceFiscale().value())
                .put("cardState", match.card().state().id())
                .build();
    }
}
