package io.tscns.cms.sandbox;

import io.tscns.core.activation.ActivationPolicy;
import io.tscns.core.lifecycle.LifecyclePolicy;
import io.tscns.core.secret.CodeKind;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The rules one issuer's CMS runs by (<i>profilo del CMS</i>), as data: the lifecycle, the activation rules (who may
 * ask for the codes, which documents are accepted), which codes an activation releases and whether the codes may be
 * delivered whole in a sealed envelope. Two presets, chosen by their lifecycle's id ({@code docs/cms.md §9.7}):
 * <ul>
 *   <li>{@link #TOSCANA_2_0}: the Toscana manual v2.0. No suspension; the holder, a health delegate or a parent,
 *       guardian or curator (§8.3, §10.1–§10.3); an expired document from the holder with the art. 45 c.3
 *       declaration (§8.1.2); PIN, PUK and CIP in two halves (§9.1.4); no envelope (§1.1 dropped them).</li>
 *   <li>{@link #DM_2011}: DM 20 giugno 2011 Allegato 2. Suspension (point 4); the applicant, a guardian or the
 *       parents of a minor (point 1a); PIN and PUK only (points 1b, 1c: the DM knows no CIP); in two halves, or
 *       whole in a sealed envelope printed with the request (point 1c); no expired document (the DM is silent: our
 *       choice).</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param lifecycle       the lifecycle rules; their id names the profile
 * @param activation      the activation rules
 * @param activationCodes the codes an activation releases
 * @param sealedEnvelope  whether an activation may deliver PIN and PUK whole in a sealed envelope
 * @since 0.1.0
 */
public record CmsProfile(
        LifecyclePolicy lifecycle, ActivationPolicy activation, Set<CodeKind> activationCodes, boolean sealedEnvelope) {

    /** The Toscana manual v2.0 (2018). */
    public static final CmsProfile TOSCANA_2_0 = new CmsProfile(
            LifecyclePolicy.TOSCANA_2_0, ActivationPolicy.TOSCANA_2_0, EnumSet.allOf(CodeKind.class), false);

    /** DM 20 giugno 2011, Allegato 2. */
    public static final CmsProfile DM_2011 = new CmsProfile(
            LifecyclePolicy.DM_2011, ActivationPolicy.DM_2011, EnumSet.of(CodeKind.PIN, CodeKind.PUK), true);

    /**
     * Checks the components and copies the set.
     *
     * @throws IllegalArgumentException if an activation would release no PIN or no PUK
     */
    public CmsProfile {
        Objects.requireNonNull(lifecycle, "lifecycle");
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(activationCodes, "activationCodes");
        if (!activationCodes.contains(CodeKind.PIN) || !activationCodes.contains(CodeKind.PUK)) {
            throw new IllegalArgumentException("an activation releases at least PIN and PUK");
        }
        activationCodes = Collections.unmodifiableSet(EnumSet.copyOf(activationCodes));
    }

    /**
     * Returns the preset whose lifecycle is the one given.
     *
     * @param lifecycle the lifecycle rules
     * @return {@link #DM_2011} or {@link #TOSCANA_2_0}
     */
    public static CmsProfile of(LifecyclePolicy lifecycle) {
        return switch (Objects.requireNonNull(lifecycle, "lifecycle")) {
            case DM_2011 -> DM_2011;
            case TOSCANA_2_0 -> TOSCANA_2_0;
        };
    }

    /**
     * Returns the profile's id, its lifecycle's.
     *
     * @return {@code toscana-2.0} or {@code dm-2011} for the presets
     */
    public String id() {
        return lifecycle.id();
    }
}
