package io.tscns.core.audit;

import io.tscns.core.Problem;

/**
 * What is wrong with a line of an audit export, for callers that branch on it; people read {@link #describe()}.
 * No description repeats the content of the line.
 *
 * @since 0.1.0
 */
public sealed interface AuditExportProblem extends Problem {

    /** The input is empty: not even the header line is there. */
    record Empty() implements AuditExportProblem {
        @Override
        public String describe() {
            return "the export is empty; expected the header line '" + AuditExport.FORMAT + " anchor=...'";
        }
    }

    /**
     * The line is longer than any valid line can be; reading stopped there.
     *
     * @param limit the longest line allowed, in bytes
     */
    record LineTooLong(int limit) implements AuditExportProblem {
        @Override
        public String describe() {
            return "line is longer than " + limit + " bytes";
        }
    }

    /** The line's bytes are not valid UTF-8. */
    record NotUtf8() implements AuditExportProblem {
        @Override
        public String describe() {
            return "line is not valid UTF-8";
        }
    }

    /** The last line does not end with a line feed, so the export may have been cut. */
    record MissingNewline() implements AuditExportProblem {
        @Override
        public String describe() {
            return "last line does not end with a line feed; the export may have been cut";
        }
    }

    /** The first line is not the header of a supported export format. */
    record BadHeader() implements AuditExportProblem {
        @Override
        public String describe() {
            return "first line is not '" + AuditExport.FORMAT + " anchor=<sequence>:<hash>'";
        }
    }

    /**
     * A field of the line is missing, out of place, or its value breaks a rule.
     *
     * @param field the field, e.g. {@code seq} or {@code details}
     * @param rule  what the field must be, or which rule its value broke
     */
    record BadField(String field, String rule) implements AuditExportProblem {
        @Override
        public String describe() {
            return "field '" + field + "': " + rule;
        }
    }

    /** The line can be read but is not the one canonical rendering of what it holds. */
    record NotCanonical() implements AuditExportProblem {
        @Override
        public String describe() {
            return "line is readable but not in canonical form (it would be written differently)";
        }
    }

    /** The input ended before the trailer line, so entries may be missing at the end. */
    record MissingTrailer() implements AuditExportProblem {
        @Override
        public String describe() {
            return "the export ends without its trailer line 'end head=... seal=...'; entries may be missing";
        }
    }

    /** There is content after the trailer line. */
    record ContentAfterTrailer() implements AuditExportProblem {
        @Override
        public String describe() {
            return "content follows the trailer line";
        }
    }
}
