package io.tscns.cms.sandbox.internal.http;

import io.tscns.cms.protocol.CmsHeaders;
import io.tscns.cms.protocol.ProblemCode;
import java.nio.ByteBuffer;
import java.util.UUID;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answers of the errors the HTTP server finds itself (<i>errori del server HTTP</i>) before the front sees a
 * request — a malformed request line, a bad escape or chunk size, headers or a target too long, an unknown transfer
 * coding or HTTP version — as the protocol's problem documents, with a stable code per status and a request id of
 * their own (the request's is not read). Jetty's own HTML or plain-text error pages never leave. Thread-safe.
 */
final class ServerErrors extends ErrorHandler {

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = request.getAttribute(ERROR_STATUS) instanceof Integer code ? code : 500;
        String requestId = UUID.randomUUID().toString();
        CmsRefusal refusal = refusal(status);
        byte[] body = Problems.document(
                refusal, Problems.instance(request.getHttpURI().getPath()), requestId);
        response.setStatus(refusal.status());
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(HttpHeader.CONTENT_TYPE, CmsHeaders.PROBLEM_JSON);
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        headers.put(CmsHeaders.REQUEST_ID, requestId);
        // An error the server found itself leaves the connection in no state to trust: it ends, and says so.
        headers.put(HttpHeader.CONNECTION, "close");
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        String requestId = UUID.randomUUID().toString();
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, CmsHeaders.PROBLEM_JSON));
        fields.put(new HttpField(HttpHeader.CACHE_CONTROL, "no-store"));
        fields.put(new HttpField(CmsHeaders.REQUEST_ID, requestId));
        // A request the parser could not frame ends its connection; say so (RFC 9112 §9.6).
        fields.put(new HttpField(HttpHeader.CONNECTION, "close"));
        return ByteBuffer.wrap(Problems.document(refusal(status), "/", requestId));
    }

    /** The problem of a status the server chose; a status of no code of its own is a malformed request. */
    static CmsRefusal refusal(int status) {
        ProblemCode code = switch (status) {
            case 404 -> ProblemCode.NOT_FOUND;
            case 405 -> ProblemCode.METHOD_NOT_ALLOWED;
            case 408 -> ProblemCode.REQUEST_TIMEOUT;
            case 413 -> ProblemCode.PAYLOAD_TOO_LARGE;
            case 414 -> ProblemCode.URI_TOO_LONG;
            case 415 -> ProblemCode.UNSUPPORTED_MEDIA_TYPE;
            case 429 -> ProblemCode.TOO_MANY_REQUESTS;
            case 431 -> ProblemCode.HEADERS_TOO_LARGE;
            case 501 -> ProblemCode.NOT_IMPLEMENTED;
            case 503 -> ProblemCode.SERVICE_UNAVAILABLE;
            case 505 -> ProblemCode.HTTP_VERSION_NOT_SUPPORTED;
            default -> status >= 500 ? ProblemCode.INTERNAL_ERROR : ProblemCode.MALFORMED_REQUEST;
        };
        return new CmsRefusal(
                code,
                status >= 500
                        ? "the server could not handle the request"
                        : "the request is not well-formed HTTP/1.1 for this server ("
                                + code.title().toLowerCase(java.util.Locale.ROOT) + ")");
    }
}
