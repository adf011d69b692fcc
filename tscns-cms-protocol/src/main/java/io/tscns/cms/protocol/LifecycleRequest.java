package io.tscns.cms.protocol;

import java.util.Optional;

/**
 * Suspension or reactivation of a card ({@code POST /cards/{cardId}/suspension}, {@code .../reactivation};
 * <i>sospensione</i>, <i>riattivazione</i>, DM 2011 Allegato 2 point 4), allowed only where the lifecycle policy
 * has them (not in the Toscana 2.0 profile: {@code illegal-transition}).
 *
 * @param note an optional note for the history, at most 200 characters; never a secret
 * @since 0.1.0
 */
public record LifecycleRequest(Optional<String> note) {

    /** Checks the component. */
    public LifecycleRequest {
        note = WireText.optionalText("note", WireText.required("note", note), 200);
    }
}
