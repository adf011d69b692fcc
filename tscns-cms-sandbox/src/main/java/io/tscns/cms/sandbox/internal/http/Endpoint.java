package io.tscns.cms.sandbox.internal.http;

import io.tscns.cms.protocol.CmsOperation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the sandbox serves under {@code /cms/v1} (<i>punto di accesso</i>): every operation of the protocol, and the
 * operations the sandbox adds, documented in its own OpenAPI document ({@code io/tscns/cms/sandbox/openapi.yaml}).
 */
sealed interface Endpoint {

    /**
     * Returns the HTTP method.
     *
     * @return {@code GET} or {@code POST}
     */
    String method();

    /**
     * Returns the path template relative to the base path.
     *
     * @return e.g. {@code /cards/{cardId}/activation}
     */
    String pathTemplate();

    /**
     * Returns the OpenAPI {@code operationId}.
     *
     * @return the id
     */
    String operationId();

    /**
     * Every endpoint: the protocol's operations, then the sandbox's own.
     *
     * @return the endpoints
     */
    static List<Endpoint> all() {
        List<Endpoint> all = new ArrayList<>();
        for (CmsOperation operation : CmsOperation.values()) {
            all.add(new Protocol(operation));
        }
        all.addAll(List.of(Sandbox.values()));
        return List.copyOf(all);
    }

    /**
     * An operation of the CMS protocol v1.
     *
     * @param operation the operation
     */
    record Protocol(CmsOperation operation) implements Endpoint {
        /** Checks the component. */
        public Protocol {
            Objects.requireNonNull(operation, "operation");
        }

        @Override
        public String method() {
            return operation.method();
        }

        @Override
        public String pathTemplate() {
            return operation.pathTemplate();
        }

        @Override
        public String operationId() {
            return operation.operationId();
        }
    }

    /** An operation only the sandbox has: a real CMS sends e-mail and SMS. */
    enum Sandbox implements Endpoint {
        /** The outbox of an address: {@code GET /outbox?address=...}. */
        READ_OUTBOX("GET", "/outbox", "readOutbox");

        private final String method;
        private final String path;
        private final String operationId;

        Sandbox(String method, String path, String operationId) {
            this.method = method;
            this.path = path;
            this.operationId = operationId;
        }

        @Override
        public String method() {
            return method;
        }

        @Override
        public String pathTemplate() {
            return path;
        }

        @Override
        public String operationId() {
            return operationId;
        }
    }
}
