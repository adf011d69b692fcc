package io.tscns.simcard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Proves that MSE SET stores the card's own key reference {@code 01} (also when sent as {@code 81}) in the template
 * it names, and that a TLV cut after its tag answers {@code 6A80}.
 */
class SecurityEnvironmentCommandTest {

    private final VolatileState state = new VolatileState(DedicatedFile.masterFile());
    private final SecurityEnvironmentCommand mse = new SecurityEnvironmentCommand(state);

    private Reply send(String hex) {
        Command command = Command.decode(HexFormat.of().parseHex(hex));
        return mse.handle(command, command.data());
    }

    @Test
    void setStoresKeyReferenceOneInEachTemplate() {
        assertEquals(StatusWords.SUCCESS, send("0022F1B603830101").sw());
        assertEquals(StatusWords.SUCCESS, send("0022F1B803840181").sw());
        assertEquals(StatusWords.SUCCESS, send("0022F1A403830101").sw());
        assertEquals(OnChipKey.REFERENCE, state.signatureKey());
        assertEquals(OnChipKey.REFERENCE, state.decipherKey());
        assertEquals(OnChipKey.REFERENCE, state.authenticationKey());
    }

    @Test
    void aTlvCutAfterItsTagIsWrongData() {
        CardError error = assertThrows(CardError.class, () -> send("0022F1B604" + "83010180"));
        assertEquals(StatusWords.WRONG_DATA, error.sw());
        assertEquals(VolatileState.NO_KEY, state.signatureKey());
    }
}
