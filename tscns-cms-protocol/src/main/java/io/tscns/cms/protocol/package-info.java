/**
 * The wire model of tscns's CMS protocol v1 (JSON over HTTPS under {@code /cms/v1}), shared by {@code CmsClient} and
 * the sandbox server: one record per request and result of every {@link io.tscns.cms.protocol.CmsOperation},
 * the {@link io.tscns.cms.protocol.OperatorRole roles} as vocabulary (which role may do what is each server's
 * policy), the stable
 * {@link io.tscns.cms.protocol.ProblemCode problem codes} and the RFC 9457
 * {@link io.tscns.cms.protocol.ProblemDocument}, the headers, and the strict codec
 * {@link io.tscns.cms.protocol.CmsJson}. Core types (codice fiscale, card id, TEAM number, activation data,
 * consents, the CIP) travel as themselves; secrets that no core type models travel as
 * {@link io.tscns.cms.protocol.SecretText}. The OpenAPI 3.1 document
 * {@code io/tscns/cms/protocol/openapi.yaml} in this module describes the same protocol for other languages.
 */
package io.tscns.cms.protocol;
