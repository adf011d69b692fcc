package io.tscns.cms.console.internal;

import io.tscns.cms.console.CmsConsole;
import io.tscns.cms.protocol.CmsHeaders;
import io.tscns.cms.protocol.CmsJson;
import io.tscns.cms.protocol.ProblemCode;
import io.tscns.cms.protocol.ProblemDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's HTTP side (<i>server della console</i>), a Jetty handler the sandbox mounts at
 * {@link CmsConsole#PATH}: {@code GET} of the page, style sheet and script, and {@code POST} of the papers to print
 * ({@code papers/activation/<paper>}, {@code papers/reprint}), after the {@link SameOriginCheck}. Every answer,
 * refusals included, carries the {@link SecurityHeaders}; a refusal is a problem document like the API's. Bodies are
 * never logged. Thread-safe.
 */
public final class ConsoleHandler extends Handler.Abstract {

    /** Largest body of a paper request, in bytes (the API's own limit for a request). */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleHandler.class);
    private static final Pattern ACTIVATION_PAPER = Pattern.compile("papers/activation/([a-z-]{1,64})");
    private static final String REPRINT_PAPER = "papers/reprint";

    private final StaticAssets assets = new StaticAssets();
    private final PaperPrinter printer;

    /**
     * Creates the handler.
     *
     * @param clock dates the papers
     */
    public ConsoleHandler(Clock clock) {
        this.printer = new PaperPrinter(clock);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        SecurityHeaders.apply(response.getHeaders());
        String path = Optional.ofNullable(request.getHttpURI().getDecodedPath()).orElse("");
        try {
            if (!path.startsWith(CmsConsole.PATH)) {
                response.setStatus(308);
                response.getHeaders().put(HttpHeader.LOCATION, CmsConsole.PATH);
                response.write(true, ByteBuffer.allocate(0), callback);
                return true;
            }
            String relative = path.substring(CmsConsole.PATH.length());
            if (relative.startsWith("papers/")) {
                paper(request, response, callback, relative);
            } else {
                asset(request, response, callback, relative);
            }
        } catch (ConsoleException refused) {
            refuse(request, response, callback, refused.problem());
        } catch (IOException | RuntimeException e) {
            // Never the body: it carries the counter halves.
            LOG.debug("the console failed to answer a request under {}", CmsConsole.PATH, e.getClass());
            response.setStatus(500);
            write(response, callback, CmsHeaders.PROBLEM_JSON, problem(500, "internal-error", "the console failed"));
        }
        return true;
    }

    private void asset(Request request, Response response, Callback callback, String relative) {
        StaticAssets.Asset asset =
                assets.at(relative).orElseThrow(() -> new ConsoleException(new ConsoleProblem.NotFound(relative)));
        boolean head = request.getMethod().equals("HEAD");
        if (!head && !request.getMethod().equals("GET")) {
            throw new ConsoleException(new ConsoleProblem.MethodNotAllowed(List.of("GET", "HEAD")));
        }
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, asset.contentType());
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, asset.bytes().length);
        response.write(true, head ? ByteBuffer.allocate(0) : ByteBuffer.wrap(asset.bytes()), callback);
    }

    private void paper(Request request, Response response, Callback callback, String relative) throws IOException {
        Matcher activation = ACTIVATION_PAPER.matcher(relative);
        if (!activation.matches() && !relative.equals(REPRINT_PAPER)) {
            throw new ConsoleException(new ConsoleProblem.NotFound(relative));
        }
        if (!request.getMethod().equals("POST")) {
            throw new ConsoleException(new ConsoleProblem.MethodNotAllowed(List.of("POST")));
        }
        HttpFields headers = request.getHeaders();
        SameOriginCheck.check(
                ownOrigin(request),
                Optional.ofNullable(headers.get("Sec-Fetch-Site")),
                Optional.ofNullable(headers.get(HttpHeader.ORIGIN)),
                Optional.ofNullable(headers.get(SameOriginCheck.HEADER)));
        String type = Optional.ofNullable(headers.get(HttpHeader.CONTENT_TYPE)).orElse("");
        if (!type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new ConsoleException(new ConsoleProblem.UnsupportedMediaType());
        }
        byte[] body = body(request);
        byte[] pdf = activation.matches() ? printer.activation(activation.group(1), body) : printer.reprint(body);
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/pdf");
        response.getHeaders()
                .put(
                        "Content-Disposition",
                        "inline; filename=\"" + (activation.matches() ? activation.group(1) : "ricevuta-ristampa")
                                + ".pdf\"");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, pdf.length);
        response.write(true, ByteBuffer.wrap(pdf), callback);
    }

    /** Reads the body, refusing one over {@link #MAX_BODY_BYTES} before or while reading it. */
    private static byte[] body(Request request) throws IOException {
        if (request.getLength() > MAX_BODY_BYTES) {
            throw new ConsoleException(new ConsoleProblem.PayloadTooLarge(MAX_BODY_BYTES));
        }
        try (InputStream in = Content.Source.asInputStream(request)) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                java.util.Arrays.fill(body, (byte) 0);
                throw new ConsoleException(new ConsoleProblem.PayloadTooLarge(MAX_BODY_BYTES));
            }
            return body;
        }
    }

    /** The origin the request was sent to, as a browser writes it in {@code Origin}. */
    private static String ownOrigin(Request request) {
        int port = Request.getServerPort(request);
        return "https://" + Request.getServerName(request) + (port == 443 ? "" : ":" + port);
    }

    private static void refuse(Request request, Response response, Callback callback, ConsoleProblem problem) {
        response.setStatus(problem.status());
        if (problem instanceof ConsoleProblem.MethodNotAllowed notAllowed) {
            response.getHeaders().put(HttpHeader.ALLOW, String.join(", ", notAllowed.allowed()));
        }
        write(
                response,
                callback,
                CmsHeaders.PROBLEM_JSON,
                problem(problem.status(), problem.code(), problem.describe()));
    }

    /** The protocol's problem document (RFC 9457), with the console's code; never the request's body. */
    private static byte[] problem(int status, String code, String detail) {
        return CmsJson.encode(new ProblemDocument(
                ProblemCode.TYPE_PREFIX + code,
                detail,
                status,
                Optional.of(detail),
                Optional.empty(),
                code,
                Optional.empty(),
                Optional.empty(),
                List.of()));
    }

    private static void write(Response response, Callback callback, String type, byte[] body) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
