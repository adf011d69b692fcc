package io.tscns.cms.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.core.card.CardId;
import io.tscns.core.lifecycle.RevocationCause;
import io.tscns.core.secret.Cip;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Secrets in protocol values reach only their own JSON field: never a toString, never an exception message. */
class SecretCarriersTest {

    private static final String PIN_HALF = "8137";
    private static final String PUK_HALF = "55102934";
    private static final String CIP = "90817263";

    private static Receipt receipt() {
        return new Receipt(
                "R-1",
                new CardId("8038000012345678"),
                "op-1",
                Instant.parse("2026-01-02T03:04:05Z"),
                new CodeHalves(
                        SecretText.of(PIN_HALF.toCharArray()),
                        SecretText.of(PUK_HALF.toCharArray()),
                        Optional.of(SecretText.of("4411".toCharArray()))),
                ChannelKind.EMAIL,
                "m***@example.it");
    }

    @Test
    void toStringOfRecordsHoldingSecretsIsRedacted() {
        Receipt receipt = receipt();
        RevocationRequest revocation = RevocationRequest.byHolder(RevocationCause.LOSS, Cip.parse(CIP.toCharArray()));
        LoginRequest login = new LoginRequest("op-1", SecretText.of("personal-token-77".toCharArray()));
        for (Object value : new Object[] {receipt, revocation, login}) {
            String text = value.toString();
            assertFalse(
                    text.contains(PIN_HALF)
                            || text.contains(PUK_HALF)
                            || text.contains(CIP)
                            || text.contains("personal-token-77"),
                    text);
        }
        assertEquals("SecretText[redacted]", receipt.counterHalves().pin().toString());
    }

    @Test
    void secretsAppearOnlyInTheirOwnField() {
        String json = new String(CmsJson.encode(receipt()), StandardCharsets.UTF_8);
        assertEquals(json.indexOf(PIN_HALF), json.lastIndexOf(PIN_HALF));
        assertTrue(json.indexOf("\"pin\":\"" + PIN_HALF + "\"") > json.indexOf("\"counterHalves\""));
        String revocation = new String(
                CmsJson.encode(RevocationRequest.byHolder(RevocationCause.THEFT, Cip.parse(CIP.toCharArray()))),
                StandardCharsets.UTF_8);
        assertTrue(revocation.contains("\"cip\":\"" + CIP + "\""));
    }

    @Test
    void theSealedEnvelopesWholeCodesReachOnlyTheirOwnFieldsAndAreWipedOnClose() {
        SealedEnvelope envelope = new SealedEnvelope(
                "R-2",
                new CardId("8038000012345678"),
                "op-1",
                Instant.parse("2026-01-02T03:04:05Z"),
                SecretText.of("81370542".toCharArray()),
                SecretText.of("5510293466".toCharArray()));
        assertFalse(
                envelope.toString().contains("81370542") || envelope.toString().contains("5510293466"),
                envelope.toString());
        String json = new String(CmsJson.encode(envelope), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"pin\":\"81370542\"") && json.contains("\"puk\":\"5510293466\""), json);
        assertEquals(json.indexOf("81370542"), json.lastIndexOf("81370542"));
        envelope.close();
        assertThrows(IllegalStateException.class, envelope.pin()::reveal);
        assertThrows(IllegalStateException.class, envelope.puk()::reveal);
        assertThrows(CmsProtocolException.class, () -> CmsJson.encode(envelope));
    }

    @Test
    void aCipIsForTheHolderOrADelegateOnlyAndNeedNotBeThere() {
        String issuerWithCip = "{\"requester\":\"ISSUER\",\"cause\":\"PERSONAL_DATA_ERROR\",\"cip\":\"90817263\"}";
        CmsProtocolException e = assertThrows(
                CmsProtocolException.class,
                () -> CmsJson.decode(issuerWithCip.getBytes(StandardCharsets.UTF_8), RevocationRequest.class));
        assertEquals(new ProtocolProblem.InvalidValue("cip"), e.problem());
        // A profile without a CIP (DM 2011, docs/cms.md §9.7) takes the holder's request without one.
        assertEquals(
                RevocationRequest.byHolder(RevocationCause.LOSS),
                CmsJson.decode(
                        "{\"requester\":\"HOLDER\",\"cause\":\"LOSS\"}".getBytes(StandardCharsets.UTF_8),
                        RevocationRequest.class));
    }

    @Test
    void decodingErrorsNeverQuoteTheRejectedSecret() {
        String badCip = "{\"requester\":\"HOLDER\",\"cause\":\"LOSS\",\"cip\":\"90X1726\"}";
        CmsProtocolException e = assertThrows(
                CmsProtocolException.class,
                () -> CmsJson.decode(badCip.getBytes(StandardCharsets.UTF_8), RevocationRequest.class));
        assertFalse(e.getMessage().contains("90X1726"), e.getMessage());
        assertEquals(new ProtocolProblem.InvalidValue("cip"), e.problem());
        String garbage = "{\"requester\":\"HOLDER\",\"cip\": 90817263x}";
        CmsProtocolException malformed = assertThrows(
                CmsProtocolException.class,
                () -> CmsJson.decode(garbage.getBytes(StandardCharsets.UTF_8), RevocationRequest.class));
        assertFalse(malformed.getMessage().contains("9081"), malformed.getMessage());
    }

    @Test
    void destroyWipesAndRefusesReveal() {
        SecretText secret = SecretText.of("1234".toCharArray());
        assertArrayEquals("1234".toCharArray(), secret.reveal());
        assertTrue(secret.sameAs(SecretText.of("1234".toCharArray())));
        assertFalse(secret.sameAs(SecretText.of("1235".toCharArray())));
        secret.destroy();
        assertEquals("SecretText[destroyed]", secret.toString());
        assertThrows(IllegalStateException.class, secret::reveal);
        Receipt receipt = receipt();
        receipt.destroy();
        assertThrows(CmsProtocolException.class, () -> CmsJson.encode(receipt));
    }

    @Test
    void unknownFieldsAreRefusedExceptInProblemDocuments() {
        CmsProtocolException e = assertThrows(
                CmsProtocolException.class,
                () -> CmsJson.decode(
                        "{\"reason\":\"LOST\",\"extra\":1}".getBytes(StandardCharsets.UTF_8), ReissueRequest.class));
        assertEquals(new ProtocolProblem.UnknownField("extra"), e.problem());
        ProblemDocument doc = CmsJson.decode(
                ("{\"type\":\"https://tscns.io/problems/wrong-cip\",\"title\":\"t\","
                                + "\"status\":422,\"code\":\"wrong-cip\",\"triesLeft\":2,\"vendorExtension\":{\"a\":1}}")
                        .getBytes(StandardCharsets.UTF_8),
                ProblemDocument.class);
        assertEquals(Optional.of(ProblemCode.WRONG_CIP), doc.problemCode());
        assertEquals(Optional.of(2), doc.triesLeft());
    }

    @Test
    void idempotencyKeySyntax() {
        assertEquals("a.B:c-1_", new IdempotencyKey("a.B:c-1_").value());
        assertThrows(CmsProtocolException.class, () -> new IdempotencyKey(""));
        assertThrows(CmsProtocolException.class, () -> new IdempotencyKey("x".repeat(65)));
        assertThrows(CmsProtocolException.class, () -> new IdempotencyKey("a b"));
    }
}
