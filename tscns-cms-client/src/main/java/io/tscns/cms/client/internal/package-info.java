/**
 * Implementation of the CMS client: the {@code java.net.http} transport, PEM reading, and the operator's card as
 * credentials (the one place that names tscns-card, an optional dependency). Not exported.
 */
package io.tscns.cms.client.internal;
