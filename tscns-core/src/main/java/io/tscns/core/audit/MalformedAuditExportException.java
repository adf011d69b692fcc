package io.tscns.core.audit;

import io.tscns.core.TscnsException;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when an audit export (<i>esportazione del registro</i>) cannot be read: {@link #line()} says where (1-based)
 * and {@link #problem()} what. The message never repeats the content of the line.
 */
public final class MalformedAuditExportException extends TscnsException {

    private static final long serialVersionUID = 1L;

    private final long line;
    private final transient AuditExportProblem problem;

    /**
     * Creates the exception.
     *
     * @param line    the 1-based line number
     * @param problem what is wrong
     */
    public MalformedAuditExportException(long line, AuditExportProblem problem) {
        super("audit export line " + line + ": " + Objects.requireNonNull(problem, "problem").describe());
        this.line = line;
        this.problem = problem;
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
        return problem;
    }

    /**
     * Returns the one problem this exception carries, {@link #problem()}.
     *
     * @return a list of that problem
     */
    @Override
    public List<AuditExportProblem> problems() {
        return problemsOf(problem);
    }
}
