/**
 * Client of a TS-CNS Card Management System: {@link io.tscns.cms.client.CmsClient} (one method per operation of
 * tscns CMS protocol v1: operator login, card identification, activation with split delivery of the codes, FSE
 * consents, reprint, revocation, suspension, status and history, duplicate and emission requests, the sandbox outbox
 * and the audit trail), its builder, the operator's personal credentials, the retry policy, the sealed
 * {@link io.tscns.cms.client.CmsException} family mapped from the protocol's problem codes, and the transport seam
 * {@link io.tscns.cms.client.CmsTransport} through which an adapter for another CMS can be plugged in.
 */
package io.tscns.cms.client;
