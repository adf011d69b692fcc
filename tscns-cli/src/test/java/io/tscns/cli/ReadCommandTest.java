package io.tscns.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tscns.simcard.IssuedCard;
import io.tscns.simcard.smartcardio.SimulatedReaders;
import io.tscns.test.junit.SimulatedCardExtension;
import io.tscns.test.junit.WithSimulatedCard;
import org.junit.jupiter.api.Test;

@WithSimulatedCard(seed = 7)
class ReadCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void jsonHoldsExactlyTheCardsData(SimulatedReaders readers, IssuedCard issued) throws Exception {
        Cli.Result result = Cli.with(readers).run("read", "--json");

        assertTrue(result.exited(ExitCode.OK), result::toString);
        assertEquals("", result.err());
        CardJson.assertExactly(JSON.readTree(result.out()), SimulatedCardExtension.READER_NAME, issued);
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
}
