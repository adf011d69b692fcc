package io.tscns.cms.client;

import io.tscns.cms.protocol.CmsJson;
import io.tscns.cms.protocol.ProblemCode;
import io.tscns.cms.protocol.ProblemDocument;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A scripted {@link CmsTransport} for unit tests: answers each exchange with the next scripted step (a response or
 * a transport failure) and records every request it saw, with a copy of its body taken before the client wipes it.
 */
final class FakeCms implements CmsTransport {

    /** A request as seen by the transport. */
    record Seen(String method, String path, Map<String, String> headers, String body, Duration timeout) {}

    private final Deque<Function<CmsHttpRequest, CmsHttpResponse>> script = new ArrayDeque<>();
    final List<Seen> seen = new ArrayList<>();
    final List<Duration> sleeps = new ArrayList<>();

    FakeCms then(Function<CmsHttpRequest, CmsHttpResponse> step) {
        script.add(step);
        return this;
    }

    FakeCms thenJson(int status, Object body) {
        return then(r -> json(status, body));
    }

    FakeCms thenProblem(ProblemDocument problem) {
        return then(r -> new CmsHttpResponse(
                problem.status(), Map.of("Content-Type", "application/problem+json"), CmsJson.encode(problem)));
    }

    FakeCms thenProblem(ProblemCode code) {
        return thenProblem(ProblemDocument.of(code, "scripted " + code.code(), "/cms/v1/x", "rid"));
    }

    FakeCms thenFail(CmsTransportException.Kind kind) {
        return then(r -> {
            throw new CmsTransportException(kind, "scripted");
        });
    }

    static CmsHttpResponse json(int status, Object body) {
        return new CmsHttpResponse(status, Map.of("Content-Type", "application/json"), CmsJson.encode(body));
    }

    @Override
    public CmsHttpResponse exchange(CmsHttpRequest request) {
        URI uri = request.uri();
        seen.add(new Seen(
                request.method(),
                uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()),
                request.headers(),
                new String(request.body(), java.nio.charset.StandardCharsets.UTF_8),
                request.timeout()));
        Function<CmsHttpRequest, CmsHttpResponse> step = script.poll();
        if (step == null) {
            throw new AssertionError("unscripted exchange " + request);
        }
        return step.apply(request);
    }

    CmsClientBuilder client() {
        return CmsClient.builder()
                .baseUri(URI.create("https://cms.test"))
                .credentials(CmsFixtures.mutualTls())
                .transport(this)
                .sleeper(sleeps::add)
                .random(new java.util.Random(7));
    }
}
