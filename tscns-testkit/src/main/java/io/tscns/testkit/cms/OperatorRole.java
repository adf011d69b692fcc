package io.tscns.testkit.cms;

/**
 * The kind of counter an operator works at (<i>profilo dell'operatore</i>), which decides what the sandbox lets the
 * operator do. The matrix, from the Tuscany operating manual v2.0 §8–10 and DM 20 giugno 2011 Allegato 2 (each
 * operator has personal credentials; every operation is traced):
 * <table>
 *   <caption>Operations by role</caption>
 *   <tr><th>operation</th><th>ASL counter</th><th>pharmacy</th><th>call centre</th><th>issuer admin</th></tr>
 *   <tr><td>identify a card (§10.1 steps 4–5)</td><td>yes</td><td>yes</td><td>no</td><td>no</td></tr>
 *   <tr><td>activate (§10.1–10.3)</td><td>yes, any region</td><td>own region only</td><td>no</td><td>no</td></tr>
 *   <tr><td>record FSE consents (§10.4)</td><td>yes</td><td>yes</td><td>no</td><td>no</td></tr>
 *   <tr><td>reprint PIN/PUK (§10.6)</td><td>yes</td><td>yes</td><td>no</td><td>no</td></tr>
 *   <tr><td>revocation asked by holder or delegate with CIP (§10.7, §8.2)</td><td>yes</td><td>yes</td>
 *       <td>yes</td><td>no</td></tr>
 *   <tr><td>revocation for personal-data errors (§10.7.1)</td><td>no</td><td>no</td><td>no</td><td>yes</td></tr>
 *   <tr><td>suspension, reactivation (DM 2011 profile only)</td><td>yes</td><td>no</td><td>yes</td><td>no</td></tr>
 *   <tr><td>status, history, holder data, cards of a person (All. 2)</td><td>yes</td><td>yes</td><td>yes</td>
 *       <td>yes</td></tr>
 *   <tr><td>duplicate (re-issue) request (§10.5)</td><td>if re-issue enabled</td><td>no</td><td>no</td>
 *       <td>no</td></tr>
 *   <tr><td>emission request, newborns and immigrants (All. 2 item 8)</td><td>yes</td><td>no</td><td>no</td>
 *       <td>yes</td></tr>
 *   <tr><td>audit export and verification</td><td>no</td><td>no</td><td>no</td><td>yes</td></tr>
 * </table>
 * Suspension by ASL counters and the call centre, and the emission request at ASL counters, are inferences (the
 * seeds name the functions, not who performs them; the Sardinian model has the call centre suspend).
 */
public enum OperatorRole {
    /** An operator at a counter of a local health authority (<i>sportello ASL</i>). */
    ASL_COUNTER,
    /** An operator at a pharmacy counter (<i>farmacia</i>). */
    PHARMACY,
    /** A call-centre operator (<i>call center</i>, §8.2: identifies the holder by codice fiscale and CIP). */
    CALL_CENTER,
    /** An operator of the issuing administration (<i>ente emettitore</i>). */
    ISSUER_ADMIN
}
