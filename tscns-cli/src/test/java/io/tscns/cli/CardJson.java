package io.tscns.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.tscns.core.personaldata.PersonalData;
import io.tscns.simcard.IssuedCard;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks that the JSON of {@code tscns read --json} holds exactly the data of an issued card. */
public final class CardJson {

    private CardJson() {
    }

    /**
     * Asserts that the JSON is exactly the card's data.
     *
     * @param json   the parsed output
     * @param reader the reader's name
     * @param issued the card
     */
    public static void assertExactly(JsonNode json, String reader, IssuedCard issued) {
        assertEquals(List.of("reader", "cardId", "teamNumber", "personalData", "certificate"), names(json));
        assertEquals(reader, json.get("reader").asText());
        assertEquals(issued.cardId().value(), json.get("cardId").asText());
        assertEquals(issued.teamNumber().value(), json.get("teamNumber").asText());

        JsonNode personal = json.get("personalData");
        List<String> components = new ArrayList<>();
        for (var component : PersonalData.class.getRecordComponents()) {
            components.add(component.getName());
        }
        assertEquals(components, names(personal), "every EF.Dati_personali field, in file order");
        List<String> values = issued.personalData().data().values();
        for (int i = 0; i < components.size(); i++) {
            assertEquals(values.get(i), personal.get(components.get(i)).asText(), components.get(i));
        }

        JsonNode certificate = json.get("certificate");
        assertEquals(issued.certificate().getSubjectX500Principal().getName(), certificate.get("subject").asText());
        assertEquals(issued.certificate().getIssuerX500Principal().getName(), certificate.get("issuer").asText());
        assertEquals(HexFormat.of().withUpperCase().formatHex(issued.certificate().getSerialNumber().toByteArray()),
                certificate.get("serialNumber").asText());
        assertEquals(issued.certificate().getNotBefore().toInstant().toString(),
                certificate.get("notBefore").asText());
        assertEquals(issued.certificate().getNotAfter().toInstant().toString(), certificate.get("notAfter").asText());
        assertEquals("CNS", certificate.get("policy").asText());
        assertTrue(certificate.get("policyOids").toString().contains("\"1.3.76.16.2.1\""), certificate::toString);
        assertEquals(issued.codiceFiscale().value(), certificate.get("codiceFiscale").asText());
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> i = node.fieldNames(); i.hasNext(); ) {
            names.add(i.next());
        }
        return names;
    }
}
