package io.tscns.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.tscns.simcard.CardFactory;
import io.tscns.simcard.CardHolder;
import io.tscns.simcard.Fault;
import io.tscns.simcard.IssuedCard;
import io.tscns.simcard.smartcardio.SimulatedReaders;
import io.tscns.testpki.CrlReason;
import io.tscns.testpki.KeyPairSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON schemas scripts depend on ({@code src/main/resources/io/tscns/cli/schema/}) against what the commands
 * print: every document validates, on cards that exercise every branch (an omocodic code, an impossible date, a
 * tampered file, a revoked certificate, wrong and blocked PINs), and every property a schema documents is printed by
 * one of them, so the schema describes the output and nothing else.
 */
class JsonSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final String READER = "Reader 0";

    /** Properties no test card makes the commands print: a certificate without a CNS identity. */
    private static final Set<String> NOT_EXERCISED = Set.of("/certificate/identityProblem");

    @TempDir
    Path dir;

    @Test
    void theSchemasAreValidDraft202012Schemas() throws IOException {
        Schema meta = SCHEMAS.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        for (String name : List.of("read-v1.schema.json", "pin-v1.schema.json")) {
            List<Error> errors = meta.validate(schema(name));
            assertEquals(List.of(), errors.stream().map(Error::toString).toList(), name);
        }
    }

    @Test
    void everyReadDocumentValidatesAndTheSchemaHasNoPropertyNeverPrinted() throws Exception {
        Schema schema = SCHEMAS.getSchema(schema("read-v1.schema.json"));
        List<JsonNode> documents = new ArrayList<>();
        Path ca = Pki.pem(dir, "toscana.pem", Pki.toscana().certificate());
        try (IssuedCard omocodic = Pki.CARDS.issue(CardHolder.example().withOmocodeLevel(2));
                IssuedCard revoked = Pki.card();
                IssuedCard impossibleDate = tampered(file -> {
                    System.arraycopy(
                            "3102".getBytes(StandardCharsets.US_ASCII), 0, file, 48, 4); // 01011980 -> 31021980
                    return file;
                })) {
            documents.add(read(omocodic, "--json", "--trust", ca.toString()));
            Pki.toscana().revoke(revoked.certificate(), Cli.NOW.minusSeconds(60), CrlReason.KEY_COMPROMISE);
            Path crl = Files.write(
                    dir.resolve("revoked.crl"),
                    Pki.toscana().signCrl(Pki.toscana().crl().build()));
            documents.add(read(revoked, "--json", "--trust", ca.toString(), "--crl", crl.toString()));
            JsonNode broken = read(impossibleDate, "--json");
            assertEquals(
                    "impossible-date",
                    broken.get("personalData")
                            .get("warnings")
                            .get(0)
                            .get("code")
                            .asText(),
                    broken::toString);
            assertTrue(broken.get("personalData").get("birthDate").isNull());
            documents.add(broken);
        }
        try (IssuedCard consented = Pki.card()) {
            Path file = dir.resolve("consented.transcript");
            Cli.Result capture = Cli.with(readers(consented))
                    .stdin(PinCommandTest.pin(consented) + "\n")
                    .run(
                            "card",
                            "capture",
                            "--output",
                            file.toString(),
                            "--with-signature",
                            "--holder-consents",
                            "--pin-stdin");
            assertTrue(capture.exited(ExitCode.OK), capture::toString);
            documents.add(json(Cli.withoutReaders().run("card", "replay", file.toString(), "--json"), ExitCode.OK));
        }
        assertValidAndComplete(schema, documents);
    }

    @Test
    void everyPinDocumentValidatesAndTheSchemaHasNoPropertyNeverPrinted() throws Exception {
        Schema schema = SCHEMAS.getSchema(schema("pin-v1.schema.json"));
        List<JsonNode> documents = new ArrayList<>();
        try (IssuedCard issued = Pki.card()) {
            SimulatedReaders readers = readers(issued);
            String pin = PinCommandTest.pin(issued);
            String wrong = PinCommandTest.wrongPin(issued);
            documents.add(json(Cli.with(readers).run("pin", "status", "--json"), ExitCode.OK));
            documents.add(json(
                    Cli.with(readers).stdin(pin + "\n").run("pin", "verify", "--pin-stdin", "--json"), ExitCode.OK));
            documents.add(json(
                    Cli.with(readers).stdin(wrong + "\n").run("sign", "--data", "x", "--pin-stdin", "--json"),
                    ExitCode.WRONG_PIN));
            documents.add(json(
                    Cli.with(readers).stdin("00000000\n").run("pin", "unblock", "--keep-pin", "--pin-stdin", "--json"),
                    ExitCode.WRONG_PIN));
            for (int i = 0; i < 2; i++) {
                Cli.with(readers).stdin(wrong + "\n").run("pin", "verify", "--pin-stdin");
            }
            documents.add(json(
                    Cli.with(readers).stdin(pin + "\n" + "97531\n").run("pin", "change", "--pin-stdin", "--json"),
                    ExitCode.BLOCKED));
            issued.card().injectFault(Fault.answerEvery(0x20, 0x6A86)); // a card that does not answer the query
            JsonNode silent = json(Cli.with(readers).run("pin", "status", "--json"), ExitCode.OK);
            assertTrue(
                    silent.get("pinTriesLeft").isNull()
                            && silent.get("pukBlocked").isNull(),
                    silent::toString);
            assertTrue(silent.get("pinNotReported").asText().startsWith("SW 6A86"), silent::toString);
            documents.add(silent);
        }
        assertValidAndComplete(schema, documents);
    }

    private static void assertValidAndComplete(Schema schema, List<JsonNode> documents) {
        Set<String> printed = new TreeSet<>();
        for (JsonNode document : documents) {
            List<Error> errors = schema.validate(document);
            assertEquals(List.of(), errors.stream().map(Error::toString).toList(), document::toPrettyString);
            collect(document, "", printed);
        }
        Set<String> documented = new TreeSet<>();
        collectSchema(schema.getSchemaNode(), schema.getSchemaNode(), "", documented);
        documented.removeAll(NOT_EXERCISED);
        documented.removeAll(printed);
        assertEquals(Set.of(), documented, "documented but never printed by the test cards");
    }

    private static void collect(JsonNode node, String path, Set<String> paths) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> i = node.fields(); i.hasNext(); ) {
                Map.Entry<String, JsonNode> field = i.next();
                paths.add(path + "/" + field.getKey());
                collect(field.getValue(), path + "/" + field.getKey(), paths);
            }
        } else if (node.isArray()) {
            node.forEach(item -> collect(item, path, paths));
        }
    }

    private static void collectSchema(JsonNode root, JsonNode node, String path, Set<String> paths) {
        if (node.has("$ref")) {
            String pointer = node.get("$ref").asText().substring(1);
            collectSchema(root, root.at(pointer), path, paths);
            return;
        }
        if (node.has("items")) {
            collectSchema(root, node.get("items"), path, paths);
        }
        if (node.has("properties")) {
            for (Iterator<Map.Entry<String, JsonNode>> i =
                            node.get("properties").fields();
                    i.hasNext(); ) {
                Map.Entry<String, JsonNode> property = i.next();
                paths.add(path + "/" + property.getKey());
                collectSchema(root, property.getValue(), path + "/" + property.getKey(), paths);
            }
        }
    }

    private static IssuedCard tampered(java.util.function.UnaryOperator<byte[]> change) {
        return CardFactory.builder()
                .pki(Pki.PKI)
                .keys(KeyPairSource.seeded(77))
                .tamperWithPersonalData(change)
                .build()
                .issue(CardHolder.example());
    }

    private static SimulatedReaders readers(IssuedCard issued) {
        SimulatedReaders readers = SimulatedReaders.create(READER);
        readers.terminal(READER).insert(issued.card());
        return readers;
    }

    private static JsonNode read(IssuedCard issued, String... args) throws IOException {
        String[] line = new String[args.length + 1];
        line[0] = "read";
        System.arraycopy(args, 0, line, 1, args.length);
        Cli.Result result = Cli.with(readers(issued)).run(line);
        assertTrue(result.exitCode() != ExitCode.USAGE.code(), result::toString);
        return JSON.readTree(result.out());
    }

    private static JsonNode json(Cli.Result result, ExitCode expected) throws IOException {
        assertTrue(result.exited(expected), result::toString);
        return JSON.readTree(result.out());
    }

    private static JsonNode schema(String name) throws IOException {
        try (InputStream in = Tscns.class.getResourceAsStream("schema/" + name)) {
            assertTrue(in != null, name + " is on the class path");
            return JSON.readTree(in);
        }
    }
}
