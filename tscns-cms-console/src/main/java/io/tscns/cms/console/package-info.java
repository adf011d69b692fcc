/**
 * The sandbox CMS's browser console: {@link io.tscns.cms.console.CmsConsole#mount()} gives the application to mount
 * on a {@code SimulatedCms} at {@code /console/}.
 */
package io.tscns.cms.console;
