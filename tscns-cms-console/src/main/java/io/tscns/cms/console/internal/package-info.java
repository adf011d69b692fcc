/**
 * The console's server side: the assets with their security headers, the same-origin check of state-changing
 * requests, and the papers rendered as PDF. Not an API.
 */
package io.tscns.cms.console.internal;
