package io.tscns.examples;

import io.tscns.core.card.CardId;
import io.tscns.core.card.TeamNumber;
import io.tscns.core.lifecycle.CardEvent;
import io.tscns.core.lifecycle.CardState;
import io.tscns.core.lifecycle.LifecyclePolicy;
import io.tscns.core.person.BirthPlaceCode;
import io.tscns.core.person.CodiceFiscale;
import io.tscns.core.person.InvalidCodiceFiscaleException;
import io.tscns.core.person.Sex;
import io.tscns.core.personaldata.PersonalData;
import io.tscns.core.personaldata.PersonalDataCodec;
import io.tscns.core.personaldata.PersonalDataField;
import io.tscns.core.personaldata.PersonalDataFile;
import io.tscns.core.personaldata.TypedPersonalData;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The core domain on its own: identifiers checked and derived, a typed failure with its stable code, the
 * lifecycle as a transition table, and EF.Dati_personali decoded byte for byte and read as types.
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
        byte[] file = PersonalDataCodec.encode(
                PersonalData.builder()
                        .issuerCode("6120")
                        .issueDate(LocalDate.of(2024, 2, 1))
                        .expiryDate(LocalDate.of(2030, 2, 1))
                        .holder("ROSSI", "MARIO", Sex.MALE, LocalDate.of(1980, 1, 1), new BirthPlaceCode("H501"))
                        .value(PersonalDataField.EXPIRY_DATE, "31022030") // what a card might hold
                        .build(),
                PersonalDataCodec.TYPICAL_FILE_SIZE);
        String typed = Printed.by(() -> personalData(file));
        if (!typed.equals("MARIO ROSSI, born 1980-01-01, RSSMRA80A01H501U, expires ?\n"
                + "impossible-date: field 3 (data scadenza) is not a calendar date: month 2 of year 2030 has no day 31"
                + "\nre-encoded byte for byte: true")) {
            throw new AssertionError("unexpected output: " + typed);
        }
    }

    private static void personalData(byte[] file) {
        // tag::personalData[]
        PersonalDataFile decoded = PersonalDataCodec.decode(file);    // EF.Dati_personali as read from the card
        TypedPersonalData holder = decoded.data().typed();           // dates, sex, codes as types; empty = Optional
        System.out.println(holder.name().orElse("") + " " + holder.surname().orElse("")
                + ", born " + holder.birthDate().map(LocalDate::toString).orElse("?")
                + ", " + holder.codiceFiscale().map(CodiceFiscale::value).orElse("no codice fiscale")
                + ", expires " + holder.expiryDate().map(LocalDate::toString).orElse("?"));
        holder.warnings().forEach(warning -> System.out.println(warning.code() + ": " + warning.describe()));
        System.out.println("re-encoded byte for byte: " + Arrays.equals(file, decoded.encode()));
        // end::personalData[]
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
