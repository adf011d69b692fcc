package io.tscns.cms.console.internal;

import io.tscns.core.Problem;
import java.util.List;
import java.util.Objects;

/**
 * Why the console refused a request (<i>richiesta rifiutata dalla console</i>), each with the HTTP status it is
 * answered with, in a problem document like the API's. Carried by {@link ConsoleException}. A problem never repeats
 * the request's body: the papers' bodies carry the counter halves of the codes.
 */
public sealed interface ConsoleProblem extends Problem {

    /**
     * Returns the HTTP status the refusal is answered with.
     *
     * @return the status
     */
    int status();

    /**
     * Nothing is served at this path.
     *
     * @param path the path (already decoded, no query)
     */
    record NotFound(String path) implements ConsoleProblem {
        /** Checks the component. */
        public NotFound {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public int status() {
            return 404;
        }

        @Override
        public String describe() {
            return "the console serves nothing at this path";
        }
    }

    /**
     * The path is served, but not with this method.
     *
     * @param allowed the methods allowed, for the {@code Allow} header
     */
    record MethodNotAllowed(List<String> allowed) implements ConsoleProblem {
        /** Copies the component. */
        public MethodNotAllowed {
            allowed = List.copyOf(allowed);
        }

        @Override
        public int status() {
            return 405;
        }

        @Override
        public String describe() {
            return "method not allowed here; allowed: " + String.join(", ", allowed);
        }
    }

    /**
     * A state-changing request that did not come from the console's own pages (cross-site request forgery): the
     * browser says it came from another site ({@code Sec-Fetch-Site}), its {@code Origin} is missing or another, or
     * it lacks the console's request header, which a cross-site form cannot send.
     *
     * @param reason which check failed: {@code sec-fetch-site}, {@code origin} or {@code console-header}
     */
    record CrossSite(String reason) implements ConsoleProblem {
        /** Checks the component. */
        public CrossSite {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String code() {
            return "cross-site-request";
        }

        @Override
        public int status() {
            return 403;
        }

        @Override
        public String describe() {
            return "refused as a cross-site request (" + reason + " check)";
        }
    }

    /** The body is not {@code application/json}. */
    record UnsupportedMediaType() implements ConsoleProblem {
        @Override
        public int status() {
            return 415;
        }

        @Override
        public String describe() {
            return "the body must be application/json";
        }
    }

    /**
     * The body is larger than the console reads.
     *
     * @param maxBytes the largest body read, in bytes
     */
    record PayloadTooLarge(int maxBytes) implements ConsoleProblem {
        @Override
        public int status() {
            return 413;
        }

        @Override
        public String describe() {
            return "request body over " + maxBytes + " bytes";
        }
    }

    /**
     * The body is not the API's answer and request the paper is printed from.
     *
     * @param protocolCodes the protocol codec's problem codes (never the rejected text)
     */
    record MalformedPapers(List<String> protocolCodes) implements ConsoleProblem {
        /** Copies the component. */
        public MalformedPapers {
            protocolCodes = List.copyOf(protocolCodes);
        }

        @Override
        public int status() {
            return 400;
        }

        @Override
        public String describe() {
            return "the body is not a valid answer and request to print from: " + String.join(", ", protocolCodes);
        }
    }

    /**
     * The activation's papers hold no paper of this kind (a delegate's declaration for a holder in person).
     *
     * @param paper the paper asked for, by its file stem
     */
    record PaperNotApplicable(String paper) implements ConsoleProblem {
        /** Checks the component. */
        public PaperNotApplicable {
            Objects.requireNonNull(paper, "paper");
        }

        @Override
        public int status() {
            return 404;
        }

        @Override
        public String describe() {
            return "this activation prints no paper " + paper;
        }
    }
}
