/**
 * The secret codes of a TS-CNS card — PIN, PUK and CIP (<i>codici segreti</i>) — and their delivery in two parts
 * (<i>consegna dei codici in due parti</i>).
 *
 * <ul>
 *   <li>Values: {@link io.tscns.core.secret.Pin}, {@link io.tscns.core.secret.Puk}, {@link io.tscns.core.secret.Cip}
 *       under the sealed {@link io.tscns.core.secret.SecretCode}, itself a {@link io.tscns.core.secret.SecretValue}
 *       like the halves of a split code; formats in {@link io.tscns.core.secret.CodeFormat}; generation in
 *       {@link io.tscns.core.secret.CodeGenerator}.</li>
 *   <li>Split delivery: {@link io.tscns.core.secret.SplitPolicy} (default: the MEF/Sogei 2 + 3 PIN and 2 + 6 PUK),
 *       the halves {@link io.tscns.core.secret.CounterHalf} and {@link io.tscns.core.secret.RemoteHalf}, and the
 *       {@link io.tscns.core.secret.RemoteChannel} (e-mail or SMS) that carries the second half.</li>
 * </ul>
 *
 * <p>Every secret lives in a private array, is wiped by {@code destroy()} (try-with-resources works), is compared in
 * constant time, and never appears in a {@code toString}, an exception message, a JSON document or a Java
 * serialisation stream. Facts come from {@code docs/card.md §8}, {@code docs/cms.md §2} and the Tuscany operating
 * manual v2.0; where the sources are silent (the CIP's format and split, wrap-around runs) the choice is ours and
 * the Javadoc says so.
 */
package io.tscns.core.secret;
