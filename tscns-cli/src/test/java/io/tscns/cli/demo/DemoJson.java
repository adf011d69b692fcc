package io.tscns.cli.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Checks the JSON document of {@code tscns demo --json}: every step ran with the outcome it shows. Shared by the
 * in-process test and the launcher test, so that both check the same things.
 */
public final class DemoJson {

    /** The steps' names, in order. */
    public static final List<String> STEPS = List.of(
            "start-sandbox",
            "issue-cards",
            "operator-login",
            "operator-card-login",
            "identify",
            "activate",
            "activate-delegate",
            "outbox",
            "verify-pin",
            "login",
            "revoke",
            "login-revoked",
            "audit");

    private DemoJson() {}

    /**
     * Asserts that the document reports a successful run with the expected outcome of every step.
     *
     * @param json the document
     */
    public static void assertSucceeded(JsonNode json) {
        assertEquals("OK", json.path("outcome").asText(), json::toPrettyString);
        JsonNode steps = json.path("steps");
        assertEquals(STEPS.size(), steps.size());
        for (int i = 0; i < STEPS.size(); i++) {
            JsonNode step = steps.get(i);
            assertEquals(i + 1, step.path("index").asInt());
            assertEquals(STEPS.get(i), step.path("name").asText());
            assertEquals("OK", step.path("outcome").asText(), step::toPrettyString);
            assertTrue(step.path("durationMillis").asLong(-1) >= 0);
        }
        String codiceFiscale =
                details(json, "issue-cards").path("codiceFiscale").asText();
        String cardId = details(json, "issue-cards").path("cardId").asText();
        assertTrue(codiceFiscale.matches("[A-Z0-9]{16}"), codiceFiscale);
        assertTrue(details(json, "start-sandbox").path("baseUri").asText().startsWith("https://localhost:"));
        assertEquals("PHARMACY", details(json, "operator-login").path("role").asText());
        assertEquals(
                "asl-1", details(json, "operator-card-login").path("operatorId").asText());
        assertEquals(
                "ASL_COUNTER", details(json, "operator-card-login").path("role").asText());
        assertEquals("MATCH", details(json, "identify").path("outcome").asText());
        assertEquals(
                codiceFiscale, details(json, "identify").path("codiceFiscale").asText());
        assertEquals("active", details(json, "activate").path("cardState").asText());
        assertTrue(details(json, "activate").path("counterHalves").asText().matches("PIN \\*+, PUK \\*+, CIP \\*+"));
        assertEquals(
                "DELEGATE_HEALTH",
                details(json, "activate-delegate").path("mode").asText());
        assertEquals(
                "active", details(json, "activate-delegate").path("cardState").asText());
        assertEquals(3, details(json, "outbox").path("halves").asInt());
        assertEquals(cardId, details(json, "outbox").path("cardId").asText());
        JsonNode pin = details(json, "verify-pin");
        assertTrue(pin.path("pinAccepted").asBoolean());
        assertEquals(3, pin.path("triesLeft").asInt(), "no try spent: the recombined PIN is the card's");
        assertEquals(cardId, pin.path("cardId").asText());
        assertEquals(codiceFiscale, pin.path("codiceFiscale").asText());
        assertEquals("ACCEPTED", details(json, "login").path("verdict").asText());
        assertEquals(codiceFiscale, details(json, "login").path("codiceFiscale").asText());
        assertEquals("revoked", details(json, "revoke").path("cardState").asText());
        assertEquals("REVOKED", details(json, "login-revoked").path("verdict").asText());
        assertTrue(details(json, "login-revoked").path("crlEntries").asInt() >= 1);
        JsonNode audit = details(json, "audit");
        assertTrue(audit.path("verified").asBoolean());
        assertTrue(audit.path("entries").asInt() >= 6, "at least the six operations of the demo are audited");
        assertTrue(audit.path("headHash").asText().matches("[0-9a-f]{64}"));
        assertTrue(
                List.of(audit.path("operators").asText().split(",")).contains("asl-1"),
                "the audit chain shows the operator who logged in with a card");
    }

    /**
     * Returns a step's details.
     *
     * @param json the document
     * @param name the step's name
     * @return its details
     */
    public static JsonNode details(JsonNode json, String name) {
        for (JsonNode step : json.path("steps")) {
            if (step.path("name").asText().equals(name)) {
                return step.path("details");
            }
        }
        throw new AssertionError("no step " + name);
    }
}
