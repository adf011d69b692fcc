package io.tscns.cms.documents.internal;

import io.tscns.cms.documents.Person;
import io.tscns.core.activation.IdentityDocument;
import io.tscns.core.card.CardId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Appends the blocks of a {@link Form}, with the groups of fields several documents share (a person, the card, an
 * identity document, place and date) written once. Dates print as {@code dd/MM/yyyy}, times in Italian legal time.
 */
public final class FormBuilder {

    /** The time zone documents print times in. */
    static final ZoneId ITALY = ZoneId.of("Europe/Rome");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final String title;
    private final String reference;
    private final List<Form.Block> blocks = new ArrayList<>();

    public FormBuilder(String title, String reference) {
        this.title = title;
        this.reference = reference;
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    public static String dateTime(Instant instant) {
        return DATE_TIME.format(instant.atZone(ITALY));
    }

    public FormBuilder heading(String text) {
        blocks.add(new Form.Block.Heading(text));
        return this;
    }

    public FormBuilder field(String label, String text) {
        blocks.add(new Form.Block.Field(label, new Form.Value.Text(text)));
        return this;
    }

    public FormBuilder forSigner(String label) {
        blocks.add(new Form.Block.Field(label, new Form.Value.ForSigner()));
        return this;
    }

    public FormBuilder forRegion(String label) {
        blocks.add(new Form.Block.Field(label, new Form.Value.ForRegion()));
        return this;
    }

    public FormBuilder paragraph(String text) {
        blocks.add(new Form.Block.Paragraph(text));
        return this;
    }

    public FormBuilder choice(String label, boolean ticked) {
        blocks.add(new Form.Block.Choice(label, ticked));
        return this;
    }

    public FormBuilder secret(String label, char[] characters) {
        blocks.add(new Form.Block.Secret(label, characters));
        return this;
    }

    public FormBuilder signature(String label) {
        blocks.add(new Form.Block.Signature(label));
        return this;
    }

    public FormBuilder note(String text) {
        blocks.add(new Form.Block.Note(text));
        return this;
    }

    /** Surname, given name and codice fiscale under a heading. */
    public FormBuilder person(String heading, Person person) {
        return heading(heading)
                .field("Cognome", person.surname())
                .field("Nome", person.givenName())
                .field("Codice fiscale", person.codiceFiscale().value());
    }

    /** The holder and the card's number. */
    public FormBuilder holderAndCard(Person holder, CardId cardId) {
        return person("Titolare della carta", holder).field("Numero identificativo della TS-CNS", cardId.value());
    }

    /** The particulars of an identity document (DM 2011 Allegato 2 point 1a). */
    public FormBuilder document(String heading, IdentityDocument document) {
        return heading(heading)
                .field("Tipo di documento", document.type().italianLabel())
                .field("Numero", document.number())
                .field("Rilasciato da", document.issuingBody())
                .field("Data di rilascio", date(document.issueDate()))
                .field(
                        "Data di scadenza",
                        document.expiryDate().map(FormBuilder::date).orElse("non indicata"));
    }

    /** Place (by hand) and date (printed, or by hand when unknown). */
    public FormBuilder placeAndDate(LocalDate date) {
        return forSigner("Luogo").field("Data", date(date));
    }

    public Form build() {
        return new Form(title, reference, blocks);
    }
}
