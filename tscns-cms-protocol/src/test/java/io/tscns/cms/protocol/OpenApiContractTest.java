package io.tscns.cms.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the OpenAPI document and the Java protocol in step, both ways: operations, idempotency headers, body schemas,
 * problem codes, enumerations and the JSON property names of every record; and keeps server policy (which role may
 * call what) out of it.
 */
class OpenApiContractTest {

    private static final List<String> CORE_PACKAGES = List.of(
            "io.tscns.core.activation",
            "io.tscns.core.consent",
            "io.tscns.core.lifecycle",
            "io.tscns.core.person",
            "io.tscns.core.card");

    private static JsonNode doc;

    @BeforeAll
    static void load() {
        doc = OpenApiDocument.read();
    }

    /**
     * Returns every operation of the document as {@code operationId -> "METHOD path"}.
     *
     * @param doc the document
     * @return the operations
     */
    static Map<String, String> operations(JsonNode doc) {
        Map<String, String> found = new HashMap<>();
        doc.get("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                    String previous = found.put(
                            op.getValue().get("operationId").asText(),
                            op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
                    assertEquals(null, previous, "operationId used twice");
                }));
        return found;
    }

    @Test
    void everyDocumentedOperationIsAnEnumConstantAndBack() {
        Map<String, String> documented = operations(doc);
        Map<String, String> java = Arrays.stream(CmsOperation.values())
                .collect(Collectors.toMap(CmsOperation::operationId, op -> op.method() + " " + op.pathTemplate()));
        assertEquals(java, documented);
    }

    @Test
    void idempotencyAndBodiesMatchTheEnumAndNoServerPolicyIsDocumented() {
        for (CmsOperation op : CmsOperation.values()) {
            JsonNode node =
                    doc.get("paths").get(op.pathTemplate()).get(op.method().toLowerCase(Locale.ROOT));
            assertFalse(node.has("x-roles"), op + ": which role may call it is the server's policy");
            boolean keyed = false;
            for (JsonNode p : node.get("parameters")) {
                keyed |= p.get("$ref").asText().endsWith("/IdempotencyKey");
            }
            assertEquals(op.requiresIdempotencyKey(), keyed, op + " Idempotency-Key");
            JsonNode body = node.path("requestBody")
                    .path("content")
                    .path("application/json")
                    .path("schema");
            assertEquals(
                    op.requestType() == null ? "" : ref(op.requestType().getSimpleName()),
                    body.path("$ref").asText(),
                    op + " request body");
            JsonNode ok = node.get("responses").get(Integer.toString(op.successStatus()));
            assertNotNull(ok, op + " success status");
            String response = op.responseType() == String.class
                    ? ok.path("content")
                            .path("text/plain")
                            .path("schema")
                            .path("type")
                            .asText()
                    : ok.path("content")
                            .path("application/json")
                            .path("schema")
                            .path("$ref")
                            .asText();
            assertEquals(
                    op.responseType() == String.class
                            ? "string"
                            : op.responseType() == Void.class
                                    ? ""
                                    : ref(op.responseType().getSimpleName()),
                    response,
                    op + " response body");
            for (String errors : List.of("4XX", "5XX")) {
                assertEquals(
                        "#/components/responses/Problem",
                        node.get("responses").get(errors).get("$ref").asText(),
                        op + " problem response " + errors);
            }
            assertFalse(node.get("responses").has("default"), op + ": errors are typed 4XX and 5XX, not default");
        }
    }

    @Test
    void problemCodesMatchBothWays() {
        Map<String, Integer> documented = new HashMap<>();
        doc.get("x-problem-codes")
                .forEach(c ->
                        documented.put(c.get("code").asText(), c.get("status").asInt()));
        Map<String, Integer> java =
                Arrays.stream(ProblemCode.values()).collect(Collectors.toMap(ProblemCode::code, ProblemCode::status));
        assertEquals(java, documented);
        Set<String> inSchema = new TreeSet<>();
        doc.at("/components/schemas/ProblemDocument/properties/code/enum").forEach(c -> inSchema.add(c.asText()));
        assertEquals(new TreeSet<>(java.keySet()), inSchema);
    }

    @Test
    void schemasMatchTheRecordsAndEnums() throws ClassNotFoundException {
        ObjectMapper mapper = CmsJson.mapper();
        Set<Class<?>> checked = new java.util.HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it =
                        doc.at("/components/schemas").fields();
                it.hasNext(); ) {
            Map.Entry<String, JsonNode> schema = it.next();
            JsonNode node = schema.getValue();
            if (node.has("enum")) {
                Class<?> type = javaType(schema.getKey());
                List<String> values = new ArrayList<>();
                node.get("enum").forEach(v -> values.add(v.asText()));
                assertEquals(
                        Arrays.stream(type.getEnumConstants())
                                .map(e -> ((Enum<?>) e).name())
                                .toList(),
                        values,
                        schema.getKey() + " enum");
            } else if (node.has("properties")) {
                Class<?> type = javaType(schema.getKey());
                checked.add(type);
                Set<String> java = new TreeSet<>();
                for (BeanPropertyDefinition p : mapper.getSerializationConfig()
                        .introspect(mapper.constructType(type))
                        .findProperties()) {
                    java.add(p.getName());
                }
                if (IdentifyResult.class.isAssignableFrom(type)) {
                    java.add("outcome");
                }
                Set<String> documented = new TreeSet<>();
                node.get("properties").fieldNames().forEachRemaining(documented::add);
                assertEquals(java, documented, schema.getKey() + " properties");
                node.path("required")
                        .forEach(r -> assertTrue(
                                documented.contains(r.asText()),
                                schema.getKey() + " requires an undeclared " + r.asText()));
            }
        }
        for (CmsOperation op : CmsOperation.values()) {
            for (Class<?> type : new Class<?>[] {op.requestType(), op.responseType()}) {
                if (type != null && type != String.class && type != Void.class && type != IdentifyResult.class) {
                    assertTrue(checked.contains(type), type.getSimpleName() + " has no schema");
                }
            }
        }
        for (RecordComponent c : ActivateCardRequest.class.getRecordComponents()) {
            assertTrue(
                    doc.at("/components/schemas/ActivateCardRequest/properties").has(c.getName()), c.getName());
        }
    }

    private static String ref(String name) {
        return "#/components/schemas/" + name;
    }

    private static Class<?> javaType(String schema) throws ClassNotFoundException {
        if (schema.equals("IdentifyMatch")) {
            return IdentifyResult.Match.class;
        }
        if (schema.equals("IdentifyMismatch")) {
            return IdentifyResult.Mismatch.class;
        }
        List<String> candidates = new ArrayList<>();
        candidates.add(CmsJson.class.getPackageName() + "." + schema);
        CORE_PACKAGES.forEach(p -> candidates.add(p + "." + schema));
        for (String name : candidates) {
            try {
                return Class.forName(name);
            } catch (ClassNotFoundException e) {
                // next candidate
            }
        }
        throw new ClassNotFoundException("no Java type for schema " + schema);
    }
}
