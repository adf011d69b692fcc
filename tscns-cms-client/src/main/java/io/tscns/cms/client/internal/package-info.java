/**
 * Implementation of the CMS client: the {@code java.net.http} transport and PEM reading. Not exported.
 */
package io.tscns.cms.client.internal;
