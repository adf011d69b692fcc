package io.tscns.cms.protocol;

import static io.tscns.cms.protocol.WireText.text;

import io.tscns.core.Problem;
import java.util.Optional;

/**
 * One broken rule in a problem document's {@code violations} (for example each core {@code ActivationViolation} of
 * an {@code activation-rejected} problem).
 *
 * @param code   the rule's stable code
 * @param field  the request field concerned, if one
 * @param detail the sentence for a person; never a secret
 * @since 0.1.0
 */
public record Violation(String code, Optional<String> field, String detail) {

    /** Checks the components. */
    public Violation {
        text("code", code, 64);
        WireText.optionalText("field", WireText.required("field", field), 128);
        text("detail", detail, 1_000);
    }

    /**
     * Returns the violation for a core problem.
     *
     * @param problem the problem
     * @return the violation, without field
     */
    public static Violation of(Problem problem) {
        return new Violation(problem.code(), Optional.empty(), problem.describe());
    }
}
