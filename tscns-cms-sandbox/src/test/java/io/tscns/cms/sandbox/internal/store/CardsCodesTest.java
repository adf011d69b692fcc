package io.tscns.cms.sandbox.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.core.card.CardId;
import io.tscns.core.secret.Cip;
import io.tscns.core.secret.CodeKind;
import io.tscns.core.secret.Pin;
import io.tscns.core.secret.Puk;
import io.tscns.core.secret.SecretCode;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A card's sealed codes: read with one query, and only the kinds asked for are decrypted — a reprint does not open the
 * CIP (here the CIP's ciphertext is broken, so opening it would fail).
 */
class CardsCodesTest {

    private static final CardId CARD = new CardId("6090000000001000");

    @Test
    void onlyTheKindsAskedForAreOpened() throws SQLException {
        try (SandboxDatabase database = SandboxDatabase.inMemory()) {
            Connection c = database.writer();
            JdbcCodes codes = new JdbcCodes(c, new SecretCipher(new byte[32], new SecureRandom()));
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO holders VALUES ('RSSMRA85T10A562S', 'ROSSI', 'MARIO', DATE '1985-12-10', 'M',"
                        + " 'A562')");
                s.execute("INSERT INTO cards (card_id, team_number, codice_fiscale, region, state, version,"
                        + " expiry_date, cip_failures, updated_at) VALUES ('" + CARD.value()
                        + "', '80380000000000001000',"
                        + " 'RSSMRA85T10A562S', '090', 'SHIPPED', 1, DATE '2035-12-31', 0, CURRENT_TIMESTAMP)");
            }
            codes.put(CARD, Pin.parse("12345".toCharArray()));
            codes.put(CARD, Puk.parse("12345678".toCharArray()));
            codes.put(CARD, Cip.parse("87654321".toCharArray()));
            try (Statement s = c.createStatement()) {
                s.execute("UPDATE secret_codes SET sealed = X'00' WHERE kind = 'CIP'");
            }

            Map<CodeKind, SecretCode> two = codes.open(CARD, EnumSet.of(CodeKind.PIN, CodeKind.PUK));
            assertEquals(EnumSet.of(CodeKind.PIN, CodeKind.PUK), two.keySet());
            assertTrue(two.get(CodeKind.PIN).matches(Pin.parse("12345".toCharArray())));
            assertTrue(two.get(CodeKind.PUK).matches(Puk.parse("12345678".toCharArray())));
            two.values().forEach(SecretCode::destroy);

            SecretCode pin = codes.open(CARD, EnumSet.of(CodeKind.PIN)).get(CodeKind.PIN);
            assertTrue(pin.matches(Pin.parse("12345".toCharArray())));
            pin.destroy();
            assertEquals(Map.of(), codes.open(new CardId("6090000000002000"), EnumSet.of(CodeKind.PIN)));
            // The broken CIP does fail when it is asked for: the test above would fail if it were opened too.
            assertThrows(RuntimeException.class, () -> codes.open(CARD, EnumSet.of(CodeKind.CIP)));
            c.rollback();
        }
    }
}
