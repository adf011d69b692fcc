package io.tscns.cms.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.core.activation.ActivationPolicy;
import io.tscns.core.lifecycle.LifecyclePolicy;
import io.tscns.core.secret.CodeKind;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The two profiles as data ({@code docs/cms.md §9.7}), chosen by their lifecycle, and what a profile must hold. */
class CmsProfileTest {

    @Test
    void eachLifecycleSelectsItsWholeProfile() {
        assertEquals(CmsProfile.DM_2011, CmsProfile.of(LifecyclePolicy.DM_2011));
        assertEquals(CmsProfile.TOSCANA_2_0, CmsProfile.of(LifecyclePolicy.TOSCANA_2_0));
        assertEquals(ActivationPolicy.DM_2011, CmsProfile.DM_2011.activation());
        assertEquals(ActivationPolicy.TOSCANA_2_0, CmsProfile.TOSCANA_2_0.activation());
        assertEquals("dm-2011", CmsProfile.DM_2011.id());
        assertEquals(Set.of(CodeKind.PIN, CodeKind.PUK), CmsProfile.DM_2011.activationCodes());
        assertEquals(EnumSet.allOf(CodeKind.class), CmsProfile.TOSCANA_2_0.activationCodes());
        assertTrue(CmsProfile.DM_2011.sealedEnvelope());
        assertFalse(CmsProfile.TOSCANA_2_0.sealedEnvelope());
        try (SimulatedCms cms =
                SimulatedCms.builder().lifecycle(LifecyclePolicy.DM_2011).start()) {
            assertEquals(CmsProfile.DM_2011, cms.profile());
        }
    }

    @Test
    void anActivationReleasesAtLeastPinAndPukAndTheSetIsCopied() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new CmsProfile(
                        LifecyclePolicy.DM_2011, ActivationPolicy.DM_2011, Set.of(CodeKind.PIN, CodeKind.CIP), true));
        EnumSet<CodeKind> codes = EnumSet.of(CodeKind.PIN, CodeKind.PUK);
        CmsProfile profile = new CmsProfile(LifecyclePolicy.TOSCANA_2_0, ActivationPolicy.STRICT, codes, false);
        codes.add(CodeKind.CIP);
        assertEquals(Set.of(CodeKind.PIN, CodeKind.PUK), profile.activationCodes());
    }
}
