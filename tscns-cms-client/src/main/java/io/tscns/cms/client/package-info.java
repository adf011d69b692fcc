/**
 * Client of a TS-CNS Card Management System (filled by the CMS issue): operator login, card identification,
 * activation with split delivery of the codes, FSE consents, reprint, revocation, suspension, status and history,
 * duplicate and emission requests, and the audit trail, over tscns's own JSON protocol and a transport seam.
 */
package io.tscns.cms.client;
