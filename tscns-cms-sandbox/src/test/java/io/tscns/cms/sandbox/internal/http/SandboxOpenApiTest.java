package io.tscns.cms.sandbox.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.tscns.cms.protocol.ChannelKind;
import io.tscns.cms.protocol.CmsJson;
import io.tscns.cms.protocol.CmsOperation;
import io.tscns.cms.protocol.CodeHalves;
import io.tscns.cms.protocol.SecretText;
import io.tscns.cms.sandbox.OutboxMessage;
import io.tscns.cms.sandbox.OutboxView;
import io.tscns.core.card.CardId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The sandbox's own OpenAPI document ({@code io/tscns/cms/sandbox/openapi.yaml}) and what the sandbox serves, both
 * ways: its operations are exactly the sandbox's own endpoints and none of the protocol's, its schemas are the JSON the
 * sandbox writes, and each reference into the protocol's document names something there.
 */
class SandboxOpenApiTest {

    private static final String PROTOCOL_REF = "../protocol/openapi.yaml#";

    private static JsonNode read(String resource) {
        try (InputStream in = SandboxOpenApiTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final JsonNode SANDBOX = read("/io/tscns/cms/sandbox/openapi.yaml");
    private static final JsonNode PROTOCOL = read("/io/tscns/cms/protocol/openapi.yaml");

    @Test
    void theDocumentHasExactlyTheSandboxsOwnEndpoints() {
        Map<String, String> documented = new HashMap<>();
        SANDBOX.get("paths")
                .properties()
                .forEach(path -> path.getValue()
                        .properties()
                        .forEach(op -> documented.put(
                                op.getValue().get("operationId").asText(),
                                op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey())));
        assertEquals(
                Arrays.stream(Endpoint.Sandbox.values())
                        .collect(Collectors.toMap(
                                Endpoint::operationId, endpoint -> endpoint.method() + " " + endpoint.pathTemplate())),
                documented);
        for (CmsOperation operation : CmsOperation.values()) {
            assertFalse(documented.containsKey(operation.operationId()), operation + " is the protocol's");
            assertFalse(SANDBOX.get("paths").has(operation.pathTemplate()), operation + " is the protocol's");
        }
    }

    @Test
    void theSchemasAreTheJsonTheSandboxWrites() throws IOException {
        OutboxMessage message = new OutboxMessage(
                "m-1",
                ChannelKind.EMAIL,
                "mario@example.org",
                new CardId("6090000000001000"),
                Instant.parse("2026-11-22T10:00:00Z"),
                new CodeHalves(
                        SecretText.of("12".toCharArray()), SecretText.of("345".toCharArray()), Optional.empty()));
        JsonNode written = new ObjectMapper().readTree(CmsJson.encode(new OutboxView(List.of(message))));
        assertEquals(properties("OutboxView"), names(written));
        assertEquals(properties("OutboxMessage"), names(written.get("messages").get(0)));
        assertEquals(
                message.cardId(),
                CmsJson.decode(CmsJson.encode(new OutboxView(List.of(message))), OutboxView.class)
                        .messages()
                        .get(0)
                        .cardId(),
                "read back");
        message.remoteHalves().destroy();
    }

    @Test
    void everyReferenceIntoTheProtocolsDocumentResolves() {
        List<String> references = new ArrayList<>();
        collect(SANDBOX, references);
        assertTrue(references.stream().anyMatch(ref -> ref.startsWith(PROTOCOL_REF)), "it builds on the protocol's");
        for (String reference : references) {
            JsonNode target = reference.startsWith(PROTOCOL_REF)
                    ? PROTOCOL.at(reference.substring(PROTOCOL_REF.length()))
                    : SANDBOX.at(reference.substring(1));
            assertFalse(target.isMissingNode(), reference);
        }
    }

    private static Set<String> properties(String schema) {
        Set<String> names = new TreeSet<>();
        SANDBOX.at("/components/schemas/" + schema + "/properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static void collect(JsonNode node, List<String> references) {
        if (node.has("$ref")) {
            references.add(node.get("$ref").asText());
        }
        node.elements().forEachRemaining(child -> collect(child, references));
    }
}
