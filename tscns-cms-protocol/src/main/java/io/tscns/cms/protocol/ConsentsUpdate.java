package io.tscns.cms.protocol;

import java.util.List;

/**
 * FSE consents recorded after activation ({@code POST /cards/{cardId}/consents}, manual §10.4).
 *
 * @param consents the choices, 1 to 8
 */
public record ConsentsUpdate(List<ConsentChoice> consents) {

    /** Checks the components. */
    public ConsentsUpdate {
        consents = WireText.list("consents", consents, 8);
        if (consents.isEmpty()) {
            throw new CmsProtocolException(new ProtocolProblem.InvalidValue("consents"));
        }
    }
}
