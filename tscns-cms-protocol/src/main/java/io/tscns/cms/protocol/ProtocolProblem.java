package io.tscns.cms.protocol;

import io.tscns.core.Problem;
import java.util.Objects;

/**
 * Why a CMS protocol message could not be read or written: a document too large, JSON that does not parse, a field
 * with an invalid value, a field the protocol does not know, or a malformed header. Carried by
 * {@link CmsProtocolException}. A problem never repeats the rejected input (which may hold a CIP or personal data):
 * it names a JSON path, a position or a limit.
 *
 * @since 0.1.0
 */
public sealed interface ProtocolProblem extends Problem {

    /**
     * The document is longer than the limit.
     *
     * @param limit the largest accepted size, in bytes
     */
    record TooLarge(long limit) implements ProtocolProblem {
        @Override
        public String describe() {
            return "the document is larger than " + limit + " bytes";
        }
    }

    /**
     * The bytes are not one well-formed JSON document.
     *
     * @param line   the line of the error, 1-based, or -1 if unknown
     * @param column the column of the error, 1-based, or -1 if unknown
     */
    record MalformedJson(int line, int column) implements ProtocolProblem {
        @Override
        public String describe() {
            return "the document is not well-formed JSON (line " + line + ", column " + column + ")";
        }
    }

    /**
     * A field is missing, has the wrong JSON type or a value its type rejects.
     *
     * @param path the JSON path of the field, e.g. {@code applicant.document.issueDate}; {@code $} for the root
     */
    record InvalidValue(String path) implements ProtocolProblem {
        /** Checks the component. */
        public InvalidValue {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String describe() {
            return "field '" + path + "' is missing or has an invalid value";
        }
    }

    /**
     * The document has a field the protocol does not define.
     *
     * @param path the JSON path of the field
     */
    record UnknownField(String path) implements ProtocolProblem {
        /** Checks the component. */
        public UnknownField {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String describe() {
            return "field '" + path + "' is not part of the protocol";
        }
    }

    /**
     * A protocol header is malformed.
     *
     * @param header the header name, e.g. {@code Idempotency-Key}
     * @param rule   the rule it breaks
     */
    record InvalidHeader(String header, String rule) implements ProtocolProblem {
        /** Checks the components. */
        public InvalidHeader {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(rule, "rule");
        }

        @Override
        public String describe() {
            return "header " + header + " " + rule;
        }
    }
}
