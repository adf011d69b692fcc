/**
 * The sandbox Card Management System (<i>CMS di prova</i>): an HTTPS server speaking the tscns CMS protocol v1,
 * enforcing the rules of DM 20 giugno 2011 Allegato 2 and the Tuscany operating manual v2.0 §8–10 with the core
 * domain, over a durable embedded database. Start it with {@link io.tscns.cms.sandbox.SimulatedCms#start()}.
 */
package io.tscns.cms.sandbox;
