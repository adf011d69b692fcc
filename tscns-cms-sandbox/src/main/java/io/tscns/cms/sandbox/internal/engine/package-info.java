/**
 * The rules of the sandbox CMS (not exported): every operation enforced with the core domain and the role matrix.
 */
package io.tscns.cms.sandbox.internal.engine;
