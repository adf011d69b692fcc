package io.tscns.cms.protocol;

/**
 * The kind of counter an operator works at (<i>tipologia di sportello</i>), which decides the operations the
 * operator may perform. Every operator has personal credentials, never shared (DM 20 giugno 2011, Allegato 2).
 *
 * <p>The role matrix (the sandbox enforces it; {@link CmsOperation#roles()} holds it per operation; the OpenAPI
 * document repeats it in {@code x-roles}):
 * <table>
 *   <caption>Operations by role</caption>
 *   <tr><th>Operation</th><th>ASL</th><th>Pharmacy</th><th>Call centre</th><th>Issuer admin</th></tr>
 *   <tr><td>login, who am I, sandbox outbox</td><td>yes</td><td>yes</td><td>yes</td><td>yes</td></tr>
 *   <tr><td>identify (§10.1 steps 4–5)</td><td>yes</td><td>yes</td><td>yes</td><td>no</td></tr>
 *   <tr><td>activate (§10.1–10.3), reprint (§10.6), record consents (§10.4)</td><td>yes</td><td>yes*</td>
 *       <td>no</td><td>no</td></tr>
 *   <tr><td>read consents</td><td>yes</td><td>yes</td><td>yes</td><td>no</td></tr>
 *   <tr><td>revocation by holder or delegate with CIP (§10.7, §8.2)</td><td>yes</td><td>yes</td><td>yes</td>
 *       <td>no</td></tr>
 *   <tr><td>revocation by the issuer for personal-data errors (§10.7.1)</td><td>no</td><td>no</td><td>no</td>
 *       <td>yes</td></tr>
 *   <tr><td>suspension, reactivation (DM 2011 All. 2 point 4; policy permitting)</td><td>yes</td><td>no</td>
 *       <td>yes</td><td>no</td></tr>
 *   <tr><td>card status (All. 2 point 6)</td><td>yes</td><td>yes</td><td>yes</td><td>yes</td></tr>
 *   <tr><td>history, holder data, cards of a person (All. 2 point 5)</td><td>yes</td><td>no</td><td>yes</td>
 *       <td>yes</td></tr>
 *   <tr><td>duplicate (re-issue) request (§10.5)</td><td>enabled counters only</td><td>no</td><td>no</td>
 *       <td>no</td></tr>
 *   <tr><td>emission request, newborns and immigrants (All. 2 point 8)</td><td>yes</td><td>no</td><td>no</td>
 *       <td>yes</td></tr>
 *   <tr><td>audit export and verification</td><td>no</td><td>no</td><td>no</td><td>yes</td></tr>
 * </table>
 * * A pharmacy cannot activate a card issued by another region ({@code docs/cms.md §1.3}): problem
 * {@code other-region}. Which revocation requester a role may name is checked inside the operation (problem
 * {@code forbidden-role}). The matrix is our reading of the Toscana manual v2.0 §8–10 and DM 2011 Allegato 2, an
 * inference where the sources are silent (e.g. the call centre's suspension, from the DM 2011 profile).
 */
public enum OperatorRole {

    /** A counter of a local health authority (<i>sportello aziendale ASL</i>). */
    ASL_COUNTER,
    /** A pharmacy counter (<i>sportello farmacia</i>). */
    PHARMACY,
    /** The call centre (<i>call center</i>; identifies the holder by codice fiscale and CIP, §8.2). */
    CALL_CENTER,
    /** An administrator of the issuing body (<i>ente emettitore</i>). */
    ISSUER_ADMIN
}
