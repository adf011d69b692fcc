package io.tscns.cms.documents;

import io.tscns.core.TscnsException;
import java.util.List;

/**
 * A counter document could not be built or written; {@link #problems()} says every reason found, with stable codes.
 * The message names fields and positions only: never a name, an address or a code.
 *
 * @since 0.1.0
 */
public final class DocumentException extends TscnsException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for problems found together.
     *
     * @param problems the problems, at least one
     */
    public DocumentException(List<DocumentProblem> problems) {
        super(describe("cannot print the document", problems), problems);
    }

    /**
     * Creates the exception for one problem with its cause.
     *
     * @param problem the problem
     * @param cause   the failure that showed it
     */
    public DocumentException(DocumentProblem problem, Throwable cause) {
        super(problem, cause);
    }

    @Override
    public List<DocumentProblem> problems() {
        return problems(DocumentProblem.class);
    }
}
