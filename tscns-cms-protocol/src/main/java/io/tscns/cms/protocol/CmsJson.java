package io.tscns.cms.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.tscns.core.TscnsException;
import java.io.IOException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The JSON codec of the CMS protocol, shared by the client and the sandbox server: one strictly configured Jackson
 * mapper. Unknown members are refused (except in {@link ProblemDocument}, RFC 9457 §3.2), {@code null} is refused
 * for every member and element (an optional member is omitted, never null), no default typing, no scalar coercion
 * ({@code "true"} is not a boolean), duplicate members refused, dates and instants as ISO-8601 strings, absent
 * optional members omitted. Input is bounded: at most {@link #MAX_DOCUMENT_BYTES} bytes, nesting depth
 * {@value #MAX_DEPTH}, strings of {@value #MAX_STRING} characters.
 *
 * <p>Every decoding failure is a {@link CmsProtocolException} naming a JSON path or position, never quoting the
 * input. Thread-safe.
 *
 * @since 0.1.0
 */
public final class CmsJson {

    /** Largest document accepted, in bytes. */
    public static final int MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;
    /** Deepest nesting accepted. */
    public static final int MAX_DEPTH = 32;
    /** Longest string accepted. */
    public static final int MAX_STRING = 64 * 1024;

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_]{1,40}");

    private static final ObjectMapper MAPPER = build();

    private CmsJson() {}

    private static ObjectMapper build() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(MAX_DOCUMENT_BYTES)
                        .maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(MAX_STRING)
                        .maxNumberLength(32)
                        .maxNameLength(256)
                        .build())
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        return JsonMapper.builder(factory)
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .addModule(new WireModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .defaultPropertyInclusion(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
                .build();
    }

    /** Returns the mapper, for tests of this package that introspect the JSON property names. */
    static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Writes a protocol value as UTF-8 JSON. A value holding secrets yields bytes holding them: the caller wipes
     * the array once sent.
     *
     * @param value a protocol record
     * @return the JSON bytes
     * @throws CmsProtocolException if the value cannot be written (a destroyed secret)
     */
    public static byte[] encode(Object value) {
        Objects.requireNonNull(value, "value");
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JacksonException e) {
            throw new CmsProtocolException(new ProtocolProblem.InvalidValue(path(e)));
        } catch (IllegalStateException e) {
            throw new CmsProtocolException(new ProtocolProblem.InvalidValue("$ (destroyed secret)"));
        }
    }

    /**
     * Reads one JSON document as a protocol type.
     *
     * @param json the UTF-8 bytes
     * @param type the record type expected
     * @param <T>  the type
     * @return the value
     * @throws CmsProtocolException if the document is too large, not JSON, or not a valid value of the type
     */
    public static <T> T decode(byte[] json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(type, "type");
        if (json.length > MAX_DOCUMENT_BYTES) {
            throw new CmsProtocolException(new ProtocolProblem.TooLarge(MAX_DOCUMENT_BYTES));
        }
        try (JsonParser parser = new NullRefusingParser(MAPPER.createParser(json))) {
            T value = MAPPER.readValue(parser, type);
            if (value == null) {
                throw new CmsProtocolException(new ProtocolProblem.InvalidValue("$"));
            }
            return value;
        } catch (NullRefusingParser.NullValue e) {
            throw new CmsProtocolException(new ProtocolProblem.InvalidValue(e.path()));
        } catch (UnrecognizedPropertyException e) {
            throw new CmsProtocolException(new ProtocolProblem.UnknownField(path(e)));
        } catch (JsonMappingException e) {
            throw mapping(e);
        } catch (StreamReadException e) {
            if (e.getMessage() != null && e.getMessage().contains("exceeds the maximum")) {
                throw new CmsProtocolException(new ProtocolProblem.TooLarge(MAX_DOCUMENT_BYTES));
            }
            JsonLocation at = e.getLocation();
            throw new CmsProtocolException(
                    at == null
                            ? new ProtocolProblem.MalformedJson(-1, -1)
                            : new ProtocolProblem.MalformedJson(at.getLineNr(), at.getColumnNr()));
        } catch (IOException e) {
            throw new CmsProtocolException(new ProtocolProblem.MalformedJson(-1, -1));
        }
    }

    private static CmsProtocolException mapping(JsonMappingException e) {
        ProtocolProblem problem = new ProtocolProblem.InvalidValue(path(e));
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof CmsProtocolException protocol && protocol.problem() != null) {
                return new CmsProtocolException(protocol.problem());
            }
            if (cause instanceof TscnsException domain) {
                return new CmsProtocolException(problem, domain);
            }
        }
        return new CmsProtocolException(problem);
    }

    private static String path(JacksonException e) {
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return "$";
        }
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : mapping.getPath()) {
            String name = ref.getFieldName();
            if (name != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(SAFE_NAME.matcher(name).matches() ? name : "?");
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.length() == 0 ? "$" : out.toString();
    }
}
