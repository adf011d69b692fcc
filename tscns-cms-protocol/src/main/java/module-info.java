/**
 * The wire contract of the tscns CMS protocol v1, shared by the client and any server (the sandbox among them):
 * request and response records, their JSON mapping ({@code CmsJson}), the problem codes of error documents and the
 * OpenAPI 3.1 document. It holds no server policy.
 */
module io.tscns.cms.protocol {
    requires transitive io.tscns.core;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires com.fasterxml.jackson.datatype.jsr310;

    exports io.tscns.cms.protocol;

    opens io.tscns.cms.protocol to
            com.fasterxml.jackson.databind;
}
