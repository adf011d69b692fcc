package io.tscns.core.audit;

import io.tscns.core.TscnsException;
import java.util.List;

/**
 * Thrown when an audit export (<i>esportazione del registro</i>) cannot be read: {@link #line()} says where (1-based)
 * and {@link #problem()} what. The message never repeats the content of the line.
 *
 * @since 0.1.0
 */
public final class MalformedAuditExportException extends TscnsException {

    private static final long serialVersionUID = 1L;

    private final long line;

    /**
     * Creates the exception.
     *
     * @param line    the 1-based line number
     * @param problem what is wrong
     */
    public MalformedAuditExportException(long line, AuditExportProblem problem) {
        super(describe("audit export line " + line, List.of(problem)), List.of(problem));
        this.line = line;
    }

    /**
     * Returns the 1-based number of the line that is wrong.
     *
     * @return the line number
     */
    public long line() {
        return line;
    }

    /**
     * Returns what is wrong.
     *
     * @return the problem
     */
    public AuditExportProblem problem() {
        return problem(AuditExportProblem.class);
    }

    /**
     * Returns the one problem this exception carries, {@link #problem()}.
     *
     * @return a list of that problem
     */
    @Override
    public List<AuditExportProblem> problems() {
        return problems(AuditExportProblem.class);
    }
}
