package io.tscns.card.smartcardio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.tscns.card.CnsCard;
import io.tscns.card.CnsCardOptions;
import io.tscns.card.ReferenceCard;
import io.tscns.card.error.CardCommunicationException;
import io.tscns.card.error.CardConnectionException;
import io.tscns.card.error.CardRemovedException;
import io.tscns.card.error.CardResetException;
import io.tscns.card.error.ReaderUnavailableException;
import io.tscns.card.error.UnsupportedCardException;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.Optional;
import javax.smartcardio.ATR;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.InOrder;

class SmartcardioTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private final Card card = mock(Card.class);
    private final CardChannel channel = mock(CardChannel.class);

    SmartcardioTest() {
        when(card.getBasicChannel()).thenReturn(channel);
    }

    private void answer(String... responses) throws CardException {
        var stub = when(channel.transmit(any(ByteBuffer.class), any(ByteBuffer.class)));
        for (String hex : responses) {
            stub = stub.thenAnswer(invocation -> {
                byte[] bytes = HEX.parseHex(hex);
                ByteBuffer out = invocation.getArgument(1);
                out.put(bytes);
                return bytes.length;
            });
        }
    }

    @Test
    void sendsCommandsOnTheBasicChannel() throws CardException {
        answer("01029000");
        byte[] response = new SmartcardioTransport(card, "Reader").transmit(HEX.parseHex("00B0000002"));
        assertArrayEquals(HEX.parseHex("01029000"), response);
        verify(channel)
                .transmit(
                        org.mockito.ArgumentMatchers.eq(ByteBuffer.wrap(HEX.parseHex("00B0000002"))),
                        any(ByteBuffer.class));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "SCARD_W_REMOVED_CARD, CardRemovedException",
        "SCARD_E_NO_SMARTCARD, CardRemovedException",
        "SCARD_W_UNPOWERED_CARD, CardRemovedException",
        "SCARD_W_RESET_CARD, CardResetException",
        "SCARD_E_READER_UNAVAILABLE, ReaderUnavailableException",
        "SCARD_E_UNKNOWN_READER, ReaderUnavailableException",
        "SCARD_E_NO_SERVICE, PcscServiceUnavailableException",
        "SCARD_E_SERVICE_STOPPED, PcscServiceUnavailableException",
        "SCARD_E_NO_READERS_AVAILABLE, NoReaderException",
        "SCARD_E_SHARING_VIOLATION, CardCommunicationException",
        "SCARD_W_UNRESPONSIVE_CARD, CardCommunicationException",
    })
    void mapsEveryPcscFailure(String code, String exception) throws CardException {
        when(channel.transmit(any(ByteBuffer.class), any(ByteBuffer.class)))
                .thenThrow(new CardException("transmit() failed", new Exception(code)));
        CardConnectionException e = assertThrows(
                CardConnectionException.class,
                () -> new SmartcardioTransport(card, "Reader X").transmit(HEX.parseHex("00A4000C023F00")));
        assertEquals(exception, e.getClass().getSimpleName());
        assertEquals(Optional.of(code), e.pcscCode());
        assertEquals(true, e.getMessage().contains("Reader X"), e.getMessage());
    }

    @Test
    void failuresWithoutAPcscCodeAndClosedConnectionsAreStillTyped() throws CardException {
        when(channel.transmit(any(ByteBuffer.class), any(ByteBuffer.class)))
                .thenThrow(new CardException("something odd"))
                .thenThrow(new IllegalStateException("Card has been disconnected"));
        SmartcardioTransport transport = new SmartcardioTransport(card, "R");
        CardCommunicationException odd = assertThrows(
                CardCommunicationException.class, () -> transport.transmit(HEX.parseHex("00A4000C023F00")));
        assertEquals(Optional.empty(), odd.pcscCode());
        assertThrows(CardCommunicationException.class, () -> transport.transmit(HEX.parseHex("00A4000C023F00")));
    }

    @Test
    void opensWithT1FallsBackToAnyProtocolAndHoldsExclusiveAccessPerOperation() throws CardException {
        CardTerminal terminal = mock(CardTerminal.class);
        when(terminal.getName()).thenReturn("Reader");
        when(terminal.connect("T=1"))
                .thenThrow(new CardException("connect() failed", new Exception("SCARD_E_PROTO_MISMATCH")));
        when(terminal.connect("*")).thenReturn(card);
        when(card.getATR()).thenReturn(new ATR(HEX.parseHex(ReferenceCard.ATR_SHORT)));
        answer("6F04800200109000", HEX.formatHex(ReferenceCard.CARD_ID_FILE) + "9000");

        CnsCard cnsCard = PcscCards.open(terminal);
        assertEquals(ReferenceCard.CARD_ID, cnsCard.readCardId().value());
        cnsCard.close();

        InOrder order = inOrder(card, channel);
        order.verify(card).beginExclusive();
        order.verify(channel, org.mockito.Mockito.times(2)).transmit(any(ByteBuffer.class), any(ByteBuffer.class));
        order.verify(card).endExclusive();
        order.verify(card).disconnect(true);
    }

    @Test
    void aCardThatIsNotCnsIsDisconnectedAndReported() throws CardException {
        CardTerminal terminal = mock(CardTerminal.class);
        when(terminal.getName()).thenReturn("Reader");
        when(terminal.connect("T=1")).thenReturn(card);
        when(card.getATR()).thenReturn(new ATR(HEX.parseHex("3B9813400AA503010101AD1311")));
        assertThrows(
                UnsupportedCardException.class,
                () -> PcscCards.open(terminal, CnsCardOptions.defaults().withResetOnClose(false)));
        verify(card).disconnect(false);
    }

    @Test
    void anEmptyReaderOrAVanishedOneIsTyped() throws CardException {
        CardTerminal terminal = mock(CardTerminal.class);
        when(terminal.getName()).thenReturn("Reader");
        when(terminal.connect("T=1"))
                .thenThrow(new CardException("connect() failed", new Exception("SCARD_E_NO_SMARTCARD")))
                .thenThrow(new CardException("connect() failed", new Exception("SCARD_E_READER_UNAVAILABLE")));
        assertThrows(CardRemovedException.class, () -> PcscCards.open(terminal));
        assertThrows(ReaderUnavailableException.class, () -> PcscCards.open(terminal));
        verify(terminal, never()).connect("*");
    }

    @Test
    void aCardTheCallerConnectedIsLeftConnected() throws CardException {
        when(card.getATR()).thenReturn(new ATR(HEX.parseHex(ReferenceCard.ATR_SHORT)));
        org.mockito.Mockito.doThrow(new CardException("beginExclusive() failed", new Exception("SCARD_W_RESET_CARD")))
                .when(card)
                .beginExclusive();
        CnsCard cnsCard = PcscCards.open(card, "Reader", CnsCardOptions.defaults());
        assertThrows(CardResetException.class, cnsCard::readCardId);
        cnsCard.close();
        verify(card, never()).disconnect(org.mockito.ArgumentMatchers.anyBoolean());
    }
}
