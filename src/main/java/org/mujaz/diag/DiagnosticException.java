package org.mujaz.diag;

/** Thrown where a problem ends the current unit of work (one file, or the whole config); carries its diagnostic. */
public class DiagnosticException extends RuntimeException {

    private final transient Diagnostic diagnostic;

    public DiagnosticException(Diagnostic diagnostic) {
        super(diagnostic.toString());
        this.diagnostic = diagnostic;
    }

    public DiagnosticException(Diagnostic diagnostic, Throwable cause) {
        super(diagnostic.toString(), cause);
        this.diagnostic = diagnostic;
    }

    public Diagnostic diagnostic() { return diagnostic; }
}
