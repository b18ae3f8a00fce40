package org.mujaz.cli;

import java.io.PrintWriter;
import org.mujaz.diag.Diagnostic;
import org.mujaz.diag.Diagnostics;

/** Prints diagnostics to stderr, one {@code file:line: severity: message} per line, and the summary count. */
final class Reporter {

    private final PrintWriter err;
    private final boolean verbose;

    Reporter(PrintWriter err, boolean verbose) {
        this.err = err;
        this.verbose = verbose;
    }

    void print(Diagnostics diagnostics, boolean showWarnings) {
        for (Diagnostic d : diagnostics.all()) {
            if (d.isError() || showWarnings) err.println(d);
        }
        if (diagnostics.dropped() > 0) err.println("mujaz: " + diagnostics.dropped() + " more diagnostics not shown");
    }

    void failure(Throwable e) {
        err.println("mujaz: error: " + e.getMessage());
        if (verbose) e.printStackTrace(err);
    }
}
