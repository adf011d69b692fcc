/**
 * The TS-CNS card lifecycle (<i>ciclo di vita della carta</i>) as an explicit state machine for a Card Management
 * System: states and events with frozen codes, revocation causes mapped to RFC 5280 reasons, the two policy
 * profiles {@link io.tscns.core.lifecycle.LifecyclePolicy#DM_2011} and
 * {@link io.tscns.core.lifecycle.LifecyclePolicy#TOSCANA_2_0}, and the typed result of a transition: the next state
 * and what the CA must do to the certificate.
 *
 * <p>Typical use by a CMS that persists the state:
 * <pre>{@code
 * Transition t = policy.apply(storedState, new CardEvent.Revocation(RevocationCause.LOSS,
 *         new RevocationRequester.Holder(CipVerification.VERIFIED)));
 * store(t.to());                       // revoked
 * certificationAuthority.send(t.certificateAction());   // revoke, reason keyCompromise
 * }</pre>
 *
 * <p>Sources: {@code docs/cms.md §3} (states, triggers, proposed CRL mapping), {@code docs/prior-art.md §6} (EJBCA:
 * frozen
 * codes, explicit tables, hold as the only reversible revocation), DM 20 giugno 2011 Allegato 2 and the Toscana
 * manual v2.0 §3.2, §9.1.4, §10.7. Where a rule is an inference, its Javadoc says so.
 *
 * <p>The state machine is pure: no clock, no I/O, no secret (the CIP check arrives as its outcome only). Every type
 * is immutable and thread-safe.
 */
package io.tscns.core.lifecycle;
