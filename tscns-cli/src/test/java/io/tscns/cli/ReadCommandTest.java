package io.tscns.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tscns.core.Hex;
import io.tscns.core.personaldata.PersonalData;
import io.tscns.testkit.card.IssuedCard;
import io.tscns.testkit.junit.SimulatedCardExtension;
import io.tscns.testkit.junit.WithSimulatedCard;
import io.tscns.testkit.smartcardio.SimulatedReaders;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@WithSimulatedCard(seed = 7)
class ReadCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void jsonHoldsExactlyTheCardsData(SimulatedReaders readers, IssuedCard issued) throws Exception {
        Cli.Result result = Cli.with(readers).run("read", "--json");

        assertTrue(result.exited(ExitCode.OK), result::toString);
        assertEquals("", result.err());
        JsonNode json = JSON.readTree(result.out());
        assertEquals(List.of("reader", "cardId", "teamNumber", "personalData", "certificate"), names(json));
        assertEquals(SimulatedCardExtension.READER_NAME, json.get("reader").asText());
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
        assertEquals(Hex.format(issued.certificate().getSerialNumber().toByteArray()),
                certificate.get("serialNumber").asText());
        assertEquals(issued.certificate().getNotAfter().toInstant().toString(), certificate.get("notAfter").asText());
        assertEquals("CNS", certificate.get("policy").asText());
        assertTrue(certificate.get("policyOids").toString().contains("\"1.3.76.16.2.1\""), certificate::toString);
        assertEquals(issued.codiceFiscale().value(), certificate.get("codiceFiscale").asText());
    }

    @Test
    void textShowsTheIdentityWithLabels(SimulatedReaders readers, IssuedCard issued) {
        Cli.Result result = Cli.with(readers).run("read");

        assertTrue(result.exited(ExitCode.OK), result::toString);
        assertTrue(result.out().contains("Card id (ID_Carta):"), result::out);
        assertTrue(result.out().contains(issued.cardId().value()));
        assertTrue(result.out().contains(issued.teamNumber().value()));
        assertTrue(result.out().contains("Codice fiscale (codice fiscale):"), result::out);
        assertTrue(result.out().contains("Surname (cognome):"), result::out);
        assertTrue(result.out().contains("ROSSI"));
    }

    @Test
    void readerIsChosenByAPartOfItsName(IssuedCard issued) {
        SimulatedReaders readers = SimulatedReaders.create("ACS ACR39U 00", "Bit4id miniLector 01");
        readers.terminal("Bit4id miniLector 01").insert(issued.card());

        Cli.Result chosen = Cli.with(readers).run("read", "--reader", "minilector", "--json");
        assertTrue(chosen.exited(ExitCode.OK), chosen::toString);
        assertTrue(chosen.out().contains(issued.cardId().value()));

        Cli.Result empty = Cli.with(readers).run("read", "--reader", "ACR39");
        assertTrue(empty.exited(ExitCode.NO_CARD), empty::toString);
        assertEquals(1, empty.err().lines().count(), empty::err);
        assertTrue(empty.err().contains("no card is inserted in [\"ACS ACR39U 00\"]"), empty::err);

        Cli.Result none = Cli.with(readers).run("read", "--reader", "Gemalto");
        assertTrue(none.exited(ExitCode.NO_CARD), none::toString);
        assertTrue(none.err().contains("the readers are [ACS ACR39U 00, Bit4id miniLector 01]"), none::err);
    }

    @Test
    void noCardIsOneLineWithWhatToDo() {
        Cli.Result result = Cli.withoutReaders().run("read");

        assertTrue(result.exited(ExitCode.NO_CARD), result::toString);
        assertEquals("", result.out());
        assertEquals(1, result.err().lines().count(), result::err);
        assertTrue(result.err().startsWith("tscns: no card reader found"), result::err);
        assertTrue(result.err().contains("`tscns card serve --vpcd`"), result::err);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> i = node.fieldNames(); i.hasNext(); ) {
            names.add(i.next());
        }
        return names;
    }
}
