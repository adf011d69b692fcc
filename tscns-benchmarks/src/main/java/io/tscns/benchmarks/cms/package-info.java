/**
 * Load measurements of the sandbox CMS through the real CMS client over HTTPS:
 * {@link io.tscns.benchmarks.cms.CmsActivationLoad} drives durable card activations from 32 concurrent counters and
 * compares them with an in-memory database and with a single counter.
 */
package io.tscns.benchmarks.cms;
