package io.tscns.cms.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;

/** Reads the module's OpenAPI document (test scope, with the YAML module). */
public final class OpenApiDocument {

    /** Where the document lives on the class path. */
    public static final String RESOURCE = "/io/tscns/cms/protocol/openapi.yaml";

    private OpenApiDocument() {}

    /**
     * Reads the document.
     *
     * @return the tree
     */
    public static JsonNode read() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("openapi.yaml is not on the class path");
            }
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns every {@code operationId} of the document.
     *
     * @return the ids
     */
    public static Set<String> operationIds() {
        Set<String> ids = new TreeSet<>();
        read().get("paths")
                .forEach(
                        path -> path.forEach(op -> ids.add(op.get("operationId").asText())));
        return ids;
    }
}
