/**
 * The {@code tscns} command (filled by the CLI issue): the end-to-end demo, real-card commands over
 * {@code javax.smartcardio}, certificate and CRL tools, and the CMS and card sandboxes.
 */
package io.tscns.cli;
