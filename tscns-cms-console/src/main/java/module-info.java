/**
 * A browser console for the sandbox CMS (<i>console dello sportello</i>): static pages and plain JavaScript that call
 * the sandbox's JSON API on the same origin, mounted on the sandbox's HTTPS port at {@code /console/}, plus the one
 * thing a browser cannot do itself: printing the counter's papers as PDF with {@code tscns-cms-documents} from the
 * API's answers.
 */
module io.tscns.cms.console {
    requires transitive io.tscns.cms.sandbox;
    requires io.tscns.cms.documents;
    requires org.eclipse.jetty.server;
    requires org.slf4j;

    exports io.tscns.cms.console;

    // The papers' request bodies are read into records of this package by the protocol's JSON codec.
    opens io.tscns.cms.console.internal to
            com.fasterxml.jackson.databind;
}
