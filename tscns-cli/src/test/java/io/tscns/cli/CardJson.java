package io.tscns.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.tscns.core.personaldata.PersonalData;
import io.tscns.core.personaldata.TypedPersonalData;
import io.tscns.simcard.IssuedCard;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.security.auth.x500.X500Principal;

/** Checks that the JSON of {@code tscns read --json} holds exactly the data of an issued card. */
public final class CardJson {

    private CardJson() {}

    /**
     * Asserts that the JSON is exactly the card's data, for a card whose files match its certificate.
     *
     * @param json   the parsed output
     * @param reader the reader's name
     * @param issued the card
     */
    public static void assertExactly(JsonNode json, String reader, IssuedCard issued) {
        assertEquals(
                List.of(
                        "schemaVersion",
                        "reader",
                        "cardId",
                        "teamNumber",
                        "personalData",
                        "codiceFiscale",
                        "certificate",
                        "checks"),
                names(json));
        assertEquals(1, json.get("schemaVersion").asInt());
        assertEquals(reader, json.get("reader").asText());
        assertEquals(issued.cardId().value(), json.get("cardId").asText());
        assertEquals(issued.teamNumber().value(), json.get("teamNumber").asText());

        JsonNode personal = json.get("personalData");
        List<String> components = new ArrayList<>();
        for (var component : PersonalData.class.getRecordComponents()) {
            components.add(component.getName());
        }
        List<String> keys = new ArrayList<>(components);
        keys.addAll(List.of("warnings", "layout", "storedText"));
        assertEquals(keys, names(personal), "every EF.Dati_personali field, in file order");
        List<String> values = issued.personalData().data().values();
        for (int i = 0; i < components.size(); i++) {
            assertEquals(
                    values.get(i),
                    personal.get("storedText").get(components.get(i)).asText(),
                    components.get(i));
        }
        TypedPersonalData typed = issued.personalData().data().typed();
        assertEquals(
                typed.issueDate().orElseThrow().toString(),
                personal.get("issueDate").asText());
        assertEquals(
                typed.expiryDate().orElseThrow().toString(),
                personal.get("expiryDate").asText());
        assertEquals(
                issued.holder().birthDate().toString(),
                personal.get("birthDate").asText());
        assertEquals(
                String.valueOf(issued.holder().sex().code()),
                personal.get("sex").asText());
        assertTrue(personal.get("height").isNull(), "an empty field is null");
        assertTrue(personal.get("citizenship").isNull(), "an empty field is null");
        assertEquals(issued.holder().surname(), personal.get("surname").asText());
        assertEquals(
                issued.codiceFiscale().value(), personal.get("codiceFiscale").asText());
        assertEquals(0, personal.get("warnings").size(), personal::toString);
        assertEquals(
                issued.personalData().headerConvention().name(),
                personal.get("layout").get("headerConvention").asText());

        JsonNode code = json.get("codiceFiscale");
        assertEquals(issued.codiceFiscale().value(), code.get("value").asText());
        assertFalse(code.get("temporary").asBoolean());
        assertEquals(
                issued.holder().codiceFiscale().baseCode().value(),
                code.get("normalised").asText());
        assertEquals(issued.holder().omocodeLevel() > 0, code.get("omocodic").asBoolean());
        assertEquals(
                issued.holder().birthDate().toString(), code.get("birthDate").asText());
        assertEquals(
                issued.holder().birthPlace().value(), code.get("birthPlace").asText());
        assertTrue(code.get("agreesWithPersonalData").asBoolean(), code::toString);

        JsonNode certificate = json.get("certificate");
        String subject = certificate.get("subject").asText();
        assertEquals(
                issued.certificate()
                        .getSubjectX500Principal()
                        .getName(X500Principal.RFC2253, Map.of("2.5.4.4", "SURNAME", "2.5.4.42", "GIVENNAME")),
                subject,
                "RFC 4514, as the JDK writes it");
        assertTrue(
                subject.startsWith("SURNAME=" + issued.holder().surname() + ",GIVENNAME="
                                + issued.holder().name() + ",CN=")
                        && !subject.contains("#"),
                subject);
        assertEquals(
                issued.certificate().getIssuerX500Principal().getName(),
                certificate.get("issuer").asText(),
                "an issuer of attributes the JDK has keywords for reads as before");
        assertEquals(
                HexFormat.of()
                        .withUpperCase()
                        .formatHex(issued.certificate().getSerialNumber().toByteArray()),
                certificate.get("serialNumber").asText());
        assertEquals(
                issued.certificate().getNotBefore().toInstant().toString(),
                certificate.get("notBefore").asText());
        assertEquals(
                issued.certificate().getNotAfter().toInstant().toString(),
                certificate.get("notAfter").asText());
        assertEquals("CNS", certificate.get("policy").asText());
        assertTrue(certificate.get("policyOids").toString().contains("\"1.3.76.16.2.1\""), certificate::toString);
        assertEquals(
                issued.codiceFiscale().value(),
                certificate.get("commonName").get("codiceFiscale").asText());
        assertEquals(
                issued.cardId().value(),
                certificate.get("commonName").get("cardId").asText());

        JsonNode checks = json.get("checks");
        assertTrue(checks.get("personalDataMatchesCertificate").asBoolean(), checks::toString);
        assertEquals("text", checks.get("personalDataDigestOver").asText());
        assertTrue(checks.get("cardIdMatchesCertificate").asBoolean(), checks::toString);
        assertTrue(checks.get("codiceFiscaleMatchesCertificate").asBoolean(), checks::toString);
        assertTrue(checks.get("issuerCodeMatchesCardId").asBoolean(), checks::toString);
    }

    static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> i = node.fieldNames(); i.hasNext(); ) {
            names.add(i.next());
        }
        return names;
    }
}
