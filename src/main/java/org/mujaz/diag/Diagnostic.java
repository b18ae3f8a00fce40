package org.mujaz.diag;

/**
 * One problem in one file, GCC style so that editors can jump to it:
 * {@code content/a.md:3:1: error: bad date "2021-13-01" (hint: use YYYY-MM-DD)}.
 */
public record Diagnostic(Severity severity, SourcePosition position, String message, String hint) {

    public static Diagnostic error(SourcePosition at, String message) { return new Diagnostic(Severity.ERROR, at, message, null); }

    public static Diagnostic error(SourcePosition at, String message, String hint) { return new Diagnostic(Severity.ERROR, at, message, hint); }

    public static Diagnostic warning(SourcePosition at, String message) { return new Diagnostic(Severity.WARNING, at, message, null); }

    public boolean isError() { return severity == Severity.ERROR; }

    @Override
    public String toString() {
        String s = position + ": " + severity.label() + ": " + message;
        return hint == null || hint.isEmpty() ? s : s + " (hint: " + hint + ")";
    }
}
