package io.tscns.examples;

import io.tscns.core.card.CardId;
import io.tscns.core.card.TeamNumber;
import io.tscns.core.lifecycle.CardEvent;
import io.tscns.core.lifecycle.CardState;
import io.tscns.core.lifecycle.LifecyclePolicy;
import io.tscns.core.person.CodiceFiscale;
import io.tscns.core.person.InvalidCodiceFiscaleException;

/**
 * The core domain on its own: identifiers checked and derived, a typed failure with its stable code, and the
 * lifecycle as a transition table.
 */
public final class CoreExample implements ReadmeExample {

    @Override
    public void run() throws Exception {
        String printed = Printed.by(CoreExample::identifiers);
        if (!printed.equals("RSSMRA80A01H501U, card 6090123456789000, TEAM 80380000901234567897\n"
                + "wrong-check-character: codice fiscale check character is 'X'; expected 'U'\n"
                + "SHIPPED -> ACTIVE; a revoked card activated: no-such-transition")) {
            throw new AssertionError("unexpected output: " + printed);
        }
    }

    private static void identifiers() {
        // tag::identifiers[]
        CodiceFiscale cf = CodiceFiscale.parse("rssmra80a01h501u");   // upper-cased, every rule checked
        CardId cardId = CardId.parse("6090123456789000");             // EF.ID_Carta, 16 digits
        TeamNumber team = TeamNumber.fromCardId(cardId);               // the number on the back of the card
        System.out.println(cf.value() + ", card " + cardId.value() + ", TEAM " + team.value());
        try {
            CodiceFiscale.parse("RSSMRA80A01H501X");
        } catch (InvalidCodiceFiscaleException e) {                   // a typed problem with a stable code
            System.out.println(e.problem().code() + ": " + e.problem().describe());
        }
        LifecyclePolicy policy = LifecyclePolicy.TOSCANA_2_0;
        CardState active = policy.apply(CardState.SHIPPED, new CardEvent.Activation()).to();
        System.out.println("SHIPPED -> " + active + "; a revoked card activated: "
                + policy.check(CardState.REVOKED, new CardEvent.Activation()).map(r -> r.code()).orElse("allowed"));
        // end::identifiers[]
    }
}
